import type { TActor } from "../courses/actor";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { strictestPolicy } from "./submission-policy";

/**
 * Takes the actor's learner out of a course. Their submissions are kept (they are the learner's
 * own work); the course's sets no longer apply to them. While an open set of the course limits
 * submissions or withholds failing cases, leaving is refused: otherwise leaving, submitting with
 * full feedback and rejoining would turn the grader into the oracle those rules prevent.
 * Throws AppError not_found (not enrolled), conflict (a binding set is open), storage_unavailable.
 */
export async function leaveCourse({ actor, courseId, now = new Date() }: { actor: TActor; courseId: string; now?: Date }): Promise<void> {
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const { count } = await tx.enrollment.deleteMany({ where: { courseId, learnerId: actor.learnerId } });
      if (count === 0) throw new AppError("not_found", "You are not in this course.");
      const openSets = await tx.problemSet.findMany({
        where: { courseId, status: "published", OR: [{ opensAt: null }, { opensAt: { lte: now } }] },
        select: { title: true, submitIntervalSeconds: true, revealFailingCase: true, dueAt: true },
      });
      const binding = openSets.find((set) => {
        const policy = strictestPolicy([set], now);
        return policy.minIntervalSeconds > 0 || !policy.isFailingCaseRevealed;
      });
      // Throwing rolls the deletion back.
      if (binding) throw new AppError("conflict", `You can leave this course once "${binding.title}" is closed.`);
    }),
  );
}
