import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";

export interface OwnProfile {
  email: string;
  role: string;
  displayName: string | null;
  studentId: string | null;
}

/** The signed-in person's own profile (only ever their own row). Throws AppError storage_unavailable. */
export async function getOwnProfile({ actor }: { actor: TActor }): Promise<OwnProfile> {
  return withStorageErrors(() =>
    getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, role: true, displayName: true, studentId: true } }),
  );
}
