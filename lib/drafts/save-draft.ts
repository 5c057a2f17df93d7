import { getDb } from "../db/client";
import { resolveExerciseId } from "../db/resolve-exercise-id";
import { withStorageErrors } from "../db/storage-errors";
import { refreshExerciseIndex } from "../db/refresh-exercise-index";
import { assertCodeSize } from "./code-size";

/**
 * Saves the learner's editor content for an exercise, replacing the previous draft.
 * Throws AppError invalid_input (code over 100 KB), not_found (unknown or unavailable
 * exercise), storage_unavailable.
 */
export async function saveDraft({ learnerId, exerciseSlug, code }: { learnerId: string; exerciseSlug: string; code: string }): Promise<{ updatedAt: Date }> {
  assertCodeSize(code);
  return withStorageErrors(async () => {
    await refreshExerciseIndex();
    const db = getDb();
    const exerciseId = await resolveExerciseId(db, exerciseSlug);
    return db.$transaction((tx) =>
      tx.draft.upsert({
        where: { learnerId_exerciseId: { learnerId, exerciseId } },
        create: { learnerId, exerciseId, code },
        update: { code },
        select: { updatedAt: true },
      }),
    );
  });
}
