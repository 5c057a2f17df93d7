import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "./actor";
import { normalizeJoinCode } from "./join-code";

/**
 * Enrols the actor's learner in the course with this join code (typed or from /join/<code>).
 * Joining twice is harmless (`isNew` false). Throws AppError not_found (no such code; a malformed
 * code is the same answer), storage_unavailable.
 */
export async function joinCourse({ actor, code }: { actor: TActor; code: string }): Promise<{ courseId: string; title: string; isNew: boolean }> {
  const joinCode = normalizeJoinCode(code);
  if (joinCode === null) throw new AppError("not_found", "No course has this code. Check it with your instructor.");
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const course = await tx.course.findUnique({ where: { joinCode }, select: { id: true, title: true } });
      if (!course) throw new AppError("not_found", "No course has this code. Check it with your instructor.");
      const key = { courseId_learnerId: { courseId: course.id, learnerId: actor.learnerId } };
      const existing = await tx.enrollment.findUnique({ where: key, select: { joinedAt: true } });
      if (!existing) await tx.enrollment.create({ data: { courseId: course.id, learnerId: actor.learnerId }, select: { joinedAt: true } });
      return { courseId: course.id, title: course.title, isNew: !existing };
    }),
  );
}
