import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { parseInput } from "../courses/parse-input";
import { refreshExerciseIndex } from "../db/refresh-exercise-index";
import { findOwnedProblemSet } from "./find-owned-problem-set";
import { ZProblemSetInput, type TProblemSetInput } from "./problem-set-input";
import { resolveExerciseIds } from "./resolve-exercise-ids";

/**
 * Replaces a set's fields and its ordered exercises (owner or admin). A published set stays
 * published and must keep at least one exercise. A closed set cannot be edited (reopen it
 * first): its updatedAt is the moment it closed, which the gradebook uses as its cut-off.
 * Throws AppError forbidden, not_found, conflict (closed), invalid_input, storage_unavailable.
 */
export async function updateProblemSet({ actor, problemSetId, input }: { actor: TActor; problemSetId: string; input: TProblemSetInput }): Promise<void> {
  const { exerciseSlugs, itemPoints, ...fields } = parseInput(ZProblemSetInput, input);
  await withStorageErrors(refreshExerciseIndex);
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const set = await findOwnedProblemSet(tx, actor, problemSetId);
      if (set.status === "closed") throw new AppError("conflict", "This set is closed. Reopen it to edit it.");
      if (set.status === "published" && exerciseSlugs.length === 0) {
        throw new AppError("invalid_input", "exerciseSlugs: a published set needs at least one exercise");
      }
      const exerciseIds = await resolveExerciseIds(tx, exerciseSlugs);
      await tx.problemSetItem.deleteMany({ where: { problemSetId } });
      await tx.problemSet.update({
        where: { id: problemSetId },
        data: {
          ...fields,
          items: { create: exerciseIds.map((exerciseId, position) => ({ exerciseId, position, points: itemPoints[exerciseSlugs[position]] ?? 1 })) },
        },
        select: { id: true },
      });
    }),
  );
}
