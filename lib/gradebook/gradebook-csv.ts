import { stringify } from "csv-stringify/sync";
import type { Gradebook } from "./get-gradebook";

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab / carriage return) as a formula:
 * "=HYPERLINK(...)" in a learner's email would be a live link. A leading apostrophe makes it text.
 */
export function protectCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** UTF-8 with a byte-order mark (Excel then reads accents right), CRLF, quoted when needed, formulas neutralised. */
export function toCsv(records: string[][]): string {
  return stringify(
    records.map((cells) => cells.map(protectCell)),
    { bom: true, record_delimiter: "windows", quoted_match: /^'/ },
  );
}

/** An instant as ISO 8601 in UTC to the second ("2026-12-07T09:30:00Z"): what LMS imports parse. */
export function csvTime(at: Date | null): string {
  return at ? `${at.toISOString().slice(0, 19)}Z` : "";
}

/** Points with a dot and at most two decimals, no thousands separator ("1.5", "2"). */
export function csvPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/**
 * A set's gradebook as CSV, one row per learner (column choices in README.md, "Exporting
 * grades"): Name, Email, Student ID; per exercise its score, attempts, first accepted time and
 * late flag; then the total score. Headers carry what each score is out of.
 */
export function gradebookToCsv(gradebook: Omit<Gradebook, "viewerRole">): string {
  const header = [
    "Name",
    "Email",
    "Student ID",
    ...gradebook.exercises.flatMap((exercise) => [
      `${exercise.title}: score (of ${exercise.points})`,
      `${exercise.title}: attempts`,
      `${exercise.title}: first accepted (UTC)`,
      `${exercise.title}: late`,
    ]),
    `Total (of ${gradebook.problemSet.maxScore})`,
  ];
  const rows = gradebook.rows.map((row) => [
    row.displayName ?? "",
    row.email,
    row.studentId ?? "",
    ...row.cells.flatMap((cell, index) => [
      csvPoints(row.scores[index].earned),
      String(cell.attempts),
      csvTime(cell.firstAcceptedAt),
      row.scores[index].isLate || cell.isLate ? "yes" : "no",
    ]),
    csvPoints(row.totalScore),
  ]);
  return toCsv([header, ...rows]);
}
