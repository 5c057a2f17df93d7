import { z } from "zod";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { parseInput } from "../courses/parse-input";
import { findStaffProblemSet } from "../problem-sets/find-staff-problem-set";
import { assertEnrolledLearner } from "./assert-enrolled-learner";

const ZOverride = z.object({
  learnerId: z.string().min(1).max(100),
  exerciseSlug: z.string().min(1).max(100),
  /** Points for the item, 0..its points; null lifts the override. */
  score: z.number().finite().min(0, "a score cannot be negative").nullable(),
  reason: z.string().trim().min(1, "say why (the learner's record keeps it)").max(1000, "at most 1000 characters"),
});

/**
 * Sets one learner's grade on one item of a set by hand, with a reason (course staff who grade).
 * Rows are only ever added: who, when and why stay on record; the newest one is in force, and a
 * null score lifts it. Throws AppError forbidden, not_found (set, learner or exercise not in it),
 * invalid_input (score above the item's points, no reason), storage_unavailable.
 */
export async function overrideGrade({ actor, problemSetId, input }: { actor: TActor; problemSetId: string; input: unknown }): Promise<void> {
  const { learnerId, exerciseSlug, score, reason } = parseInput(ZOverride, input);
  await withStorageErrors(async () => {
    const db = getDb();
    const set = await findStaffProblemSet(db, actor, problemSetId, "grade");
    await assertEnrolledLearner(db, { courseId: set.courseId, learnerId });
    const item = await db.problemSetItem.findFirst({ where: { problemSetId, exercise: { slug: exerciseSlug } }, select: { exerciseId: true, points: true } });
    if (!item) throw new AppError("not_found", `The set has no exercise "${exerciseSlug}".`);
    if (score !== null && score > item.points) throw new AppError("invalid_input", `score: at most ${item.points} (the exercise's points)`);
    await db.gradeOverride.create({ data: { problemSetId, learnerId, exerciseId: item.exerciseId, score, reason, byId: actor.id }, select: { id: true } });
  });
}
