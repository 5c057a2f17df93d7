import { stringify } from "csv-stringify/sync";
import type { ItemStanding } from "../problem-sets/item-standing";
import type { Gradebook } from "./get-gradebook";

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab / carriage return) as a formula:
 * "=HYPERLINK(...)" in a learner's email would be a live link. A leading apostrophe makes it text.
 */
export function protectCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function cellLabel(standing: ItemStanding): string {
  if (standing.status === "accepted") return standing.isLate ? "accepted (late)" : "accepted";
  return standing.status === "attempted" ? "attempted" : "not started";
}

/**
 * The gradebook matrix as CSV for spreadsheets: one row per learner, one column per exercise
 * (its status), then the totals (solved, attempts). UTF-8 with a byte-order mark (Excel then
 * reads accents right), CRLF line ends, fields quoted when needed, formula cells neutralised.
 */
export function gradebookToCsv(gradebook: Gradebook): string {
  const header = ["Learner", ...gradebook.exercises.map((exercise) => exercise.title), "Solved", "Attempts"];
  const rows = gradebook.rows.map((row) => [row.email, ...row.cells.map(cellLabel), String(row.solvedCount), String(row.attempts)]);
  return stringify(
    [header, ...rows].map((cells) => cells.map(protectCell)),
    { bom: true, record_delimiter: "windows", quoted_match: /^'/ },
  );
}
