import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { parseInput } from "../courses/parse-input";
import type { TActor } from "../courses/actor";
import { ZProfileInput, type TProfileInput } from "../auth/profile-input";

/**
 * Sets the signed-in person's display name and student id (empty clears); gradebooks and
 * exports show them. Only the actor's own row, whatever the input says.
 * Throws AppError invalid_input, storage_unavailable.
 */
export async function updateOwnProfile({ actor, input }: { actor: TActor; input: unknown }): Promise<TProfileInput> {
  const data = parseInput(ZProfileInput, input);
  return withStorageErrors(() => getDb().user.update({ where: { id: actor.id }, data, select: { displayName: true, studentId: true } }));
}
