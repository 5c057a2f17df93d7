export type ProgressStatus = "attempted" | "solved";

const LABELS = { solved: "Solved", attempted: "Attempted", none: "Not started" };

/**
 * A learner's standing on one exercise, as a small label. "Solved · robust" when a submission also
 * passed every robustness check.
 */
export function StatusBadge({ status, isRobust = false }: { status: ProgressStatus | null; isRobust?: boolean }) {
  const key = status ?? "none";
  const className = status === null ? "status-not-started" : `status-${status}`;
  const robust = status === "solved" && isRobust;
  return (
    <span
      className={`badge ${className}`}
      data-status={key}
      data-robust={robust || undefined}
      title={robust ? "Accepted, and every robustness check passed" : undefined}
    >
      {status === "solved" && "✓ "}
      {LABELS[key]}
      {robust && " · robust"}
    </span>
  );
}
