import { getDb } from "../db/client";
import { resolveExerciseId } from "../db/resolve-exercise-id";
import { withStorageErrors } from "../db/storage-errors";
import { refreshExerciseIndex } from "../db/refresh-exercise-index";

/**
 * The learner's saved draft for an exercise, or null if they never saved one.
 * Throws AppError not_found (unknown or unavailable exercise), storage_unavailable.
 */
export async function getDraft({ learnerId, exerciseSlug }: { learnerId: string; exerciseSlug: string }): Promise<{ code: string; updatedAt: Date } | null> {
  return withStorageErrors(async () => {
    await refreshExerciseIndex();
    const db = getDb();
    const exerciseId = await resolveExerciseId(db, exerciseSlug);
    return db.draft.findUnique({
      where: { learnerId_exerciseId: { learnerId, exerciseId } },
      select: { code: true, updatedAt: true },
    });
  });
}
