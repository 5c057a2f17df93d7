import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";
import { findOwnedCourse } from "../courses/find-owned-course";
import { parseInput } from "../courses/parse-input";
import { refreshExerciseIndex } from "../db/refresh-exercise-index";
import { ZProblemSetInput, type TProblemSetInput } from "./problem-set-input";
import { resolveExerciseIds } from "./resolve-exercise-ids";

/**
 * Creates a draft problem set in a course (owner or admin): learners see it once published.
 * Throws AppError forbidden, not_found (course), invalid_input (fields, unknown exercise),
 * storage_unavailable.
 */
export async function createProblemSet({ actor, courseId, input }: { actor: TActor; courseId: string; input: TProblemSetInput }): Promise<{ id: string }> {
  const { exerciseSlugs, itemPoints, ...fields } = parseInput(ZProblemSetInput, input);
  await withStorageErrors(refreshExerciseIndex);
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      await findOwnedCourse(tx, actor, courseId);
      const exerciseIds = await resolveExerciseIds(tx, exerciseSlugs);
      return tx.problemSet.create({
        data: {
          ...fields,
          courseId,
          status: "draft",
          items: { create: exerciseIds.map((exerciseId, position) => ({ exerciseId, position, points: itemPoints[exerciseSlugs[position]] ?? 1 })) },
        },
        select: { id: true },
      });
    }),
  );
}
