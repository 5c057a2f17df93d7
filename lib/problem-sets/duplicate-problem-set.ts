import { z } from "zod";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { findOwnedCourse } from "../courses/find-owned-course";
import { parseInput } from "../courses/parse-input";
import { findOwnedProblemSet } from "./find-owned-problem-set";

const ZDuplicate = z.object({
  /** The course the copy goes to: the same one or another the actor teaches. */
  courseId: z.string().min(1).max(100),
  /** Keep the opening and due dates, or clear them (the usual choice for next term). */
  keepDates: z.boolean(),
  /** The copy's title; by default the original's, with " (copy)" in the same course. */
  title: z.string().trim().min(1, "a title is required").max(200, "at most 200 characters").optional(),
});

/**
 * Copies a problem set as a new draft: its exercises in order with their points, the feedback,
 * scoring, late and exam rules, and the dates when asked to keep them. Never copies submissions,
 * extensions, overrides or regrades: the copy starts with no learner work. Owner or admin of
 * both courses (TAs get forbidden). Throws AppError forbidden, not_found, invalid_input, storage_unavailable.
 */
export async function duplicateProblemSet({
  actor,
  problemSetId,
  input,
}: {
  actor: TActor;
  problemSetId: string;
  input: unknown;
}): Promise<{ id: string; courseId: string }> {
  const { courseId, keepDates, title } = parseInput(ZDuplicate, input);
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const source = await findOwnedProblemSet(tx, actor, problemSetId);
      await findOwnedCourse(tx, actor, courseId);
      const set = await tx.problemSet.findUniqueOrThrow({
        where: { id: source.id },
        select: {
          title: true,
          description: true,
          opensAt: true,
          dueAt: true,
          revealFailingCase: true,
          submitIntervalSeconds: true,
          requireRobust: true,
          isExam: true,
          scoring: true,
          latePolicy: true,
          latePenaltyPercent: true,
          items: { orderBy: { position: "asc" }, select: { exerciseId: true, position: true, points: true } },
        },
      });
      if (set.items.length === 0) throw new AppError("invalid_input", "This set has no exercises to copy.");
      const { items, opensAt, dueAt, title: originalTitle, ...rules } = set;
      const copy = await tx.problemSet.create({
        data: {
          ...rules,
          courseId,
          title: title ?? (courseId === source.courseId ? `${originalTitle} (copy)`.slice(0, 200) : originalTitle),
          status: "draft",
          opensAt: keepDates ? opensAt : null,
          dueAt: keepDates ? dueAt : null,
          items: { create: items },
        },
        select: { id: true, courseId: true },
      });
      return copy;
    }),
  );
}
