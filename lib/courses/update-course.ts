import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "./actor";
import { ZCourseInput, type TCourseInput } from "./course-input";
import { findOwnedCourse } from "./find-owned-course";
import { parseInput } from "./parse-input";

/**
 * Renames a course or changes its description (owner or admin).
 * Throws AppError forbidden, not_found, invalid_input, storage_unavailable.
 */
export async function updateCourse({ actor, courseId, input }: { actor: TActor; courseId: string; input: TCourseInput }): Promise<void> {
  const data = parseInput(ZCourseInput, input);
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      await findOwnedCourse(tx, actor, courseId);
      await tx.course.update({ where: { id: courseId }, data, select: { id: true } });
    }),
  );
}
