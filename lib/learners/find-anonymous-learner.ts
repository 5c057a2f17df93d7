import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { hashAnonymousToken, isWellFormedAnonymousToken } from "./anonymous-token";

/**
 * The learner behind an anonymous cookie token, or null: a read-only lookup for pages, which
 * cannot set cookies and so must never create a learner (that is the first write's job).
 */
export async function findAnonymousLearner({ token }: { token: string | null }): Promise<{ id: string } | null> {
  if (token === null || !isWellFormedAnonymousToken(token)) return null;
  return withStorageErrors(() => getDb().learner.findUnique({ where: { anonymousTokenHash: hashAnonymousToken(token) }, select: { id: true } }));
}
