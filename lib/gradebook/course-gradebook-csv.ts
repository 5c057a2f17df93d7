import type { CourseGradebook } from "./get-course-gradebook";
import { csvPoints, toCsv } from "./gradebook-csv";

/**
 * A course's gradebook as CSV (column choices in README.md, "Exporting grades"): Name, Email,
 * Student ID, one score column per published or closed set (header: its title and what it is
 * out of), then the course total.
 */
export function courseGradebookToCsv(gradebook: CourseGradebook): string {
  const header = ["Name", "Email", "Student ID", ...gradebook.sets.map((set) => `${set.title} (of ${set.maxScore})`), `Total (of ${gradebook.maxScore})`];
  const rows = gradebook.rows.map((row) => [row.displayName ?? "", row.email, row.studentId ?? "", ...row.setScores.map(csvPoints), csvPoints(row.totalScore)]);
  return toCsv([header, ...rows]);
}
