import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";

/**
 * When a regrade last replaced the result of this learner's own submission (the exercise's tests
 * changed after it was submitted), or null: graded once, at submit time, or not theirs.
 * Kept apart from the submission's view so the learner is told why a verdict may have changed.
 * Throws storage_unavailable.
 */
export async function findOwnRegradeTime({ learnerId, submissionId }: { learnerId: string; submissionId: string }): Promise<Date | null> {
  return withStorageErrors(async () => {
    const row = await getDb().submission.findFirst({ where: { id: submissionId, learnerId }, select: { regradedAt: true } });
    return row?.regradedAt ?? null;
  });
}
