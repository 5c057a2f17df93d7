import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "./actor";
import { findOwnedCourse } from "./find-owned-course";

/**
 * Removes a learner from a course (owner or admin). Their submissions stay theirs; the course's
 * gradebook no longer lists them. They can join again with the code.
 * Throws AppError forbidden, not_found (course, or learner not enrolled), storage_unavailable.
 */
export async function removeLearner({ actor, courseId, learnerId }: { actor: TActor; courseId: string; learnerId: string }): Promise<void> {
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      await findOwnedCourse(tx, actor, courseId);
      const { count } = await tx.enrollment.deleteMany({ where: { courseId, learnerId } });
      if (count === 0) throw new AppError("not_found", "This learner is not in the course.");
    }),
  );
}
