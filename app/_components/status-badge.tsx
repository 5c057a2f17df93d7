export type ProgressStatus = "attempted" | "solved";

const LABELS = { solved: "Solved", attempted: "Attempted", none: "Not started" };

/** A learner's standing on one exercise, as a small label. */
export function StatusBadge({ status }: { status: ProgressStatus | null }) {
  const key = status ?? "none";
  const className = status === null ? "status-not-started" : `status-${status}`;
  return (
    <span className={`badge ${className}`} data-status={key}>
      {status === "solved" && "✓ "}
      {LABELS[key]}
    </span>
  );
}
