import { z } from "zod";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";
import { parseInput } from "../courses/parse-input";
import { findStaffProblemSet } from "../problem-sets/find-staff-problem-set";
import { assertEnrolledLearner } from "./assert-enrolled-learner";

const ZExtension = z.object({
  learnerId: z.string().min(1).max(100),
  /** The learner's own due date; null withdraws the extension (back to the set's). */
  dueAt: z.union([z.date(), z.iso.datetime({ offset: true, message: "must be a date and time (ISO 8601)" }).transform((value) => new Date(value))]).nullable(),
});

/**
 * Gives one learner their own due date for a set (course staff), replacing an earlier extension;
 * null withdraws it. Who granted it and when are kept. Their late flags, late penalties and
 * "refuse" cut-off all follow it. Throws AppError forbidden, not_found (set or learner not in the
 * course), invalid_input, storage_unavailable.
 */
export async function grantExtension({ actor, problemSetId, input }: { actor: TActor; problemSetId: string; input: unknown }): Promise<void> {
  const { learnerId, dueAt } = parseInput(ZExtension, input);
  await withStorageErrors(async () => {
    const db = getDb();
    const set = await findStaffProblemSet(db, actor, problemSetId, "assist");
    await assertEnrolledLearner(db, { courseId: set.courseId, learnerId });
    const key = { problemSetId_learnerId: { problemSetId, learnerId } };
    if (dueAt === null) {
      await db.dueDateExtension.deleteMany({ where: { problemSetId, learnerId } });
      return;
    }
    const data = { dueAt, grantedById: actor.id, grantedAt: new Date() };
    await db.dueDateExtension.upsert({ where: key, create: { problemSetId, learnerId, ...data }, update: data, select: { learnerId: true } });
  });
}
