import type { TProblemSetStatus } from "@/lib/problem-sets/problem-set-input";

const LOOK: Record<TProblemSetStatus, { label: string; className: string }> = {
  draft: { label: "Draft", className: "badge-neutral" },
  published: { label: "Published", className: "status-solved" },
  closed: { label: "Closed", className: "status-attempted" },
};

export function ProblemSetStatusBadge({ status }: { status: TProblemSetStatus }) {
  return (
    <span className={`badge ${LOOK[status].className}`} data-set-status={status}>
      {LOOK[status].label}
    </span>
  );
}
