import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { markAttemptsSucceeded } from "../auth/sign-in-attempts";
import { AppError } from "../errors";
import type { TActor } from "./actor";
import { normalizeJoinCode } from "./join-code";
import { reserveJoinAttempt } from "./reserve-join-attempt";

const NO_SUCH_CODE = "No course has this code. Check it with your instructor.";

/**
 * Enrols the actor's learner in the course with this join code (typed or from /join/<code>),
 * asked from `address` (see getClientAddress). Joining twice is harmless (`isNew` false). Every
 * attempt first takes a slot of the join-code limit (reserveJoinAttempt: per account and per
 * address); only wrong codes keep theirs. Throws AppError not_found (no such code; a malformed
 * code is the same answer), rate_limited (with retryAfterSeconds), storage_unavailable.
 */
export async function joinCourse({
  actor,
  code,
  address,
  now = new Date(),
}: {
  actor: TActor;
  code: string;
  address: string;
  now?: Date;
}): Promise<{ courseId: string; title: string; isNew: boolean }> {
  const joinCode = normalizeJoinCode(code);
  const db = getDb();
  return withStorageErrors(async () => {
    const attemptIds = await db.$transaction((tx) => reserveJoinAttempt(tx, { accountId: actor.id, address, now }));
    if (joinCode === null) throw new AppError("not_found", NO_SUCH_CODE);
    return db.$transaction(async (tx) => {
      const course = await tx.course.findUnique({ where: { joinCode }, select: { id: true, title: true } });
      if (!course) throw new AppError("not_found", NO_SUCH_CODE);
      await markAttemptsSucceeded(tx, attemptIds);
      const key = { courseId_learnerId: { courseId: course.id, learnerId: actor.learnerId } };
      const existing = await tx.enrollment.findUnique({ where: key, select: { joinedAt: true } });
      if (!existing) await tx.enrollment.create({ data: { courseId: course.id, learnerId: actor.learnerId }, select: { joinedAt: true } });
      return { courseId: course.id, title: course.title, isNew: !existing };
    });
  });
}
