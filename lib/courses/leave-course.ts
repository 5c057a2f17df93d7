import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "./actor";

/**
 * Takes the actor's learner out of a course. Their submissions are kept (they are the learner's
 * own work); the course's sets no longer apply to them. Throws AppError not_found (not enrolled),
 * storage_unavailable.
 */
export async function leaveCourse({ actor, courseId }: { actor: TActor; courseId: string }): Promise<void> {
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const { count } = await tx.enrollment.deleteMany({ where: { courseId, learnerId: actor.learnerId } });
      if (count === 0) throw new AppError("not_found", "You are not in this course.");
    }),
  );
}
