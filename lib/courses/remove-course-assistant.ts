import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "./actor";
import { findOwnedCourse } from "./find-owned-course";

/**
 * Takes a teaching assistant off the course's staff (owner or admin). What they did (comments,
 * extensions) stays. Throws AppError forbidden, not_found (course, or not a TA of it), storage_unavailable.
 */
export async function removeCourseAssistant({ actor, courseId, userId }: { actor: TActor; courseId: string; userId: string }): Promise<void> {
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      await findOwnedCourse(tx, actor, courseId);
      const { count } = await tx.courseStaff.deleteMany({ where: { courseId, userId } });
      if (count === 0) throw new AppError("not_found", "This person is not a teaching assistant of the course.");
    }),
  );
}
