import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { parseRole, type TRole } from "./roles";
import { hashSessionToken, isWellFormedSessionToken } from "./session-token";

export interface TSessionUser {
  id: string;
  email: string;
  role: TRole;
  /** The account's Learner (created with the account): where its learning history lives. */
  learnerId: string;
}

/**
 * The user behind a session cookie token (the raw cookie value), or null when the token is
 * missing, malformed, unknown or expired. Read-only: expired rows are removed at sign-in.
 * Throws AppError storage_unavailable.
 */
export async function findSessionUser({ token, now = new Date() }: { token: string | null; now?: Date }): Promise<TSessionUser | null> {
  if (token === null || !isWellFormedSessionToken(token)) return null;
  const session = await withStorageErrors(() =>
    getDb().session.findUnique({
      where: { id: hashSessionToken(token) },
      select: { expiresAt: true, user: { select: { id: true, email: true, role: true, learner: { select: { id: true } } } } },
    }),
  );
  if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
  const { user } = session;
  // createUser makes the learner in the account's own transaction, so this is a broken row.
  if (!user.learner) throw new Error(`User ${user.id} has no learner`);
  return { id: user.id, email: user.email, role: parseRole(user.role), learnerId: user.learner.id };
}
