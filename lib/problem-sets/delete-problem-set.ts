import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { findOwnedProblemSet } from "./find-owned-problem-set";

/**
 * Deletes a draft (owner or admin). Sets that learners have seen are closed instead, never
 * deleted. Throws AppError forbidden, not_found, conflict (not a draft), storage_unavailable.
 */
export async function deleteProblemSet({ actor, problemSetId }: { actor: TActor; problemSetId: string }): Promise<{ courseId: string }> {
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const set = await findOwnedProblemSet(tx, actor, problemSetId);
      if (set.status !== "draft") throw new AppError("conflict", "Only drafts can be deleted; close a published set instead.");
      await tx.problemSet.delete({ where: { id: problemSetId }, select: { id: true } });
      return { courseId: set.courseId };
    }),
  );
}
