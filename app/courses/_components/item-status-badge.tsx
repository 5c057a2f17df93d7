import type { ItemStanding } from "@/lib/problem-sets/item-standing";

const LABELS = { accepted: "Accepted", attempted: "Attempted", not_started: "Not started" };
const CLASSES = { accepted: "status-solved", attempted: "status-attempted", not_started: "status-not-started" };

/** A learner's standing on an exercise of a set, as a label ("✓ Accepted · late"). */
export function ItemStatusBadge({ standing }: { standing: Pick<ItemStanding, "status" | "isLate"> }) {
  return (
    <span className={`badge ${CLASSES[standing.status]}`} data-status={standing.status} data-late={standing.isLate || undefined}>
      {standing.status === "accepted" && "✓ "}
      {LABELS[standing.status]}
      {standing.isLate && " · late"}
    </span>
  );
}
