import type { Prisma } from "../db/generated/client";
import { SESSION_TTL_MS, createSessionToken, hashSessionToken } from "./session-token";

type Tx = Prisma.TransactionClient;

/**
 * A new session for a user: returns the raw token (for the cookie, never stored) and when it
 * expires. Also removes the user's expired sessions. Caller must hold a transaction.
 */
export async function createSession(tx: Tx, { userId, now }: { userId: string; now: Date }): Promise<{ token: string; expiresAt: Date }> {
  await tx.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const token = createSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await tx.session.create({ data: { id: hashSessionToken(token), userId, createdAt: now, expiresAt }, select: { id: true } });
  return { token, expiresAt };
}
