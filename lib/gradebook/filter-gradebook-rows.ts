import type { TItemStatus } from "../problem-sets/item-standing";
import type { GradebookRow } from "./get-gradebook";

export const GRADEBOOK_SORTS = ["learner", "score", "solved", "attempts"] as const;
export type TGradebookSort = (typeof GRADEBOOK_SORTS)[number];
export const STATUS_FILTERS = ["all", "accepted", "attempted", "not_started", "late"] as const;
export type TStatusFilter = (typeof STATUS_FILTERS)[number];

export interface GradebookView {
  sort: TGradebookSort;
  descending: boolean;
  /** Part of the learner's email. */
  query: string;
  status: TStatusFilter;
  /** The exercise (index in the set) the status filter looks at; null: any exercise. */
  exerciseIndex: number | null;
}

export const DEFAULT_VIEW: GradebookView = { sort: "learner", descending: false, query: "", status: "all", exerciseIndex: null };

function matchesStatus(cell: GradebookRow["cells"][number], status: TStatusFilter): boolean {
  if (status === "all") return true;
  if (status === "late") return cell.isLate;
  return cell.status === (status satisfies TItemStatus);
}

/** The rows to show: filtered by email and status, then sorted (ties by email). */
export function filterGradebookRows(rows: GradebookRow[], view: GradebookView): GradebookRow[] {
  const query = view.query.trim().toLowerCase();
  const filtered = rows.filter((row) => {
    if (query && !row.email.toLowerCase().includes(query)) return false;
    if (view.status === "all") return true;
    const cells = view.exerciseIndex === null ? row.cells : [row.cells[view.exerciseIndex]].filter(Boolean);
    return cells.some((cell) => matchesStatus(cell, view.status));
  });
  const direction = view.descending ? -1 : 1;
  return filtered.sort((a, b) => {
    const byKey =
      view.sort === "score"
        ? a.totalScore - b.totalScore
        : view.sort === "solved"
          ? a.solvedCount - b.solvedCount
          : view.sort === "attempts"
            ? a.attempts - b.attempts
            : a.email.localeCompare(b.email);
    return direction * byKey || a.email.localeCompare(b.email);
  });
}
