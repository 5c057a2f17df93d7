import type { ItemStanding } from "@/lib/problem-sets/item-standing";

const LABELS = { accepted: "Accepted", attempted: "Attempted", not_started: "Not started" };
const CLASSES = { accepted: "status-solved", attempted: "status-attempted", not_started: "status-not-started" };

/** A learner's standing on an exercise of a set, as a label ("✓ Accepted · robust · late"). */
export function ItemStatusBadge({ standing }: { standing: Pick<ItemStanding, "status" | "isLate" | "isRobust"> }) {
  const robust = standing.status === "accepted" && standing.isRobust;
  return (
    <span
      className={`badge ${CLASSES[standing.status]}`}
      data-status={standing.status}
      data-late={standing.isLate || undefined}
      data-robust={robust || undefined}
    >
      {standing.status === "accepted" && "✓ "}
      {LABELS[standing.status]}
      {robust && " · robust"}
      {standing.isLate && " · late"}
    </span>
  );
}
