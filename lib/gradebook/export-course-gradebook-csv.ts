import type { TActor } from "../courses/actor";
import { courseGradebookToCsv } from "./course-gradebook-csv";
import { fileSlug } from "./export-gradebook-csv";
import { getCourseGradebook } from "./get-course-gradebook";

/** A course's gradebook across its sets as a CSV file (course owner or admin). Throws like getCourseGradebook. */
export async function exportCourseGradebookCsv({ actor, courseId }: { actor: TActor; courseId: string }): Promise<{ filename: string; csv: string }> {
  const gradebook = await getCourseGradebook({ actor, courseId });
  return { filename: `course-gradebook-${fileSlug(gradebook.course.title, "course")}.csv`, csv: courseGradebookToCsv(gradebook) };
}
