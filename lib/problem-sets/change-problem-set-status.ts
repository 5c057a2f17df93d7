import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { findOwnedProblemSet } from "./find-owned-problem-set";
import type { TProblemSetStatus } from "./problem-set-input";

/** Allowed moves: publish a draft, unpublish or close a published set, reopen a closed one. */
const TRANSITIONS: Record<TProblemSetStatus, TProblemSetStatus[]> = {
  draft: ["published"],
  published: ["draft", "closed"],
  closed: ["published"],
};

/**
 * Moves a set to another status (owner or admin). Publishing needs at least one exercise.
 * Closing stamps updatedAt: submissions after it are practice, not counted by the gradebook.
 * Throws AppError forbidden, not_found, conflict (move not allowed), invalid_input, storage_unavailable.
 */
export async function changeProblemSetStatus({
  actor,
  problemSetId,
  status,
}: {
  actor: TActor;
  problemSetId: string;
  status: TProblemSetStatus;
}): Promise<void> {
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const set = await findOwnedProblemSet(tx, actor, problemSetId);
      if (set.status === status) return;
      if (!TRANSITIONS[set.status].includes(status)) throw new AppError("conflict", `A ${set.status} set cannot become ${status}.`);
      if (status === "published" && (await tx.problemSetItem.count({ where: { problemSetId } })) === 0) {
        throw new AppError("invalid_input", "Add at least one exercise before publishing.");
      }
      await tx.problemSet.update({ where: { id: problemSetId }, data: { status }, select: { id: true } });
    }),
  );
}
