import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { createAnonymousToken, hashAnonymousToken, isWellFormedAnonymousToken } from "./anonymous-token";

// lastSeenAt is for activity statistics: minute precision is plenty, and skipping the write on
// most requests keeps page views read-only.
const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * The learner behind an anonymous cookie token (the raw cookie value), or a new learner when the
 * token is missing, malformed or unknown. `newToken` is set only for a new learner: the caller
 * must then set it as the cookie. Only the token's sha256 is stored, so the database alone
 * cannot be used to impersonate learners.
 */
export async function findOrCreateAnonymousLearner({ token }: { token: string | null }): Promise<{ learner: { id: string }; newToken: string | null }> {
  return withStorageErrors(async () => {
    const db = getDb();
    if (token !== null && isWellFormedAnonymousToken(token)) {
      const learner = await db.learner.findUnique({
        where: { anonymousTokenHash: hashAnonymousToken(token) },
        select: { id: true, lastSeenAt: true },
      });
      if (learner) {
        await touchLastSeen(learner.id, learner.lastSeenAt);
        return { learner: { id: learner.id }, newToken: null };
      }
    }
    const newToken = createAnonymousToken();
    const learner = await db.$transaction((tx) => tx.learner.create({ data: { anonymousTokenHash: hashAnonymousToken(newToken) }, select: { id: true } }));
    return { learner, newToken };
  });
}

async function touchLastSeen(learnerId: string, lastSeenAt: Date): Promise<void> {
  const now = new Date();
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  try {
    await getDb().$transaction((tx) => tx.learner.update({ where: { id: learnerId }, data: { lastSeenAt: now }, select: { id: true } }));
  } catch {
    // Best effort: a full or busy disk must not lock a learner out of reading their own work.
  }
}
