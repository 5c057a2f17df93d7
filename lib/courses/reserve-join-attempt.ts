import { assertUnderAttemptLimit } from "../auth/assert-under-attempt-limit";
import { KEEP_MS } from "../auth/sign-in-attempts";
import type { Prisma } from "../db/generated/client";

type Tx = Prisma.TransactionClient;

export const JOIN_WINDOW_MS = 15 * 60_000;
/** Wrong join codes per account per window (a typo or two, never a search). */
export const MAX_JOIN_FAILURES_PER_ACCOUNT = 10;
/** Wrong join codes per address per window, whatever the accounts (a class behind one NAT has room). */
export const MAX_JOIN_FAILURES_PER_ADDRESS = 30;

/**
 * Reserves a join-code attempt, the sign-in limiter's design (SignInAttempt rows, keys
 * "join:account:<userId>" and "join:ip:<address>"): records it as failed for the account and
 * the address, then counts the failures of the last JOIN_WINDOW_MS. Recording first (inside the
 * caller's transaction) makes a concurrent burst take one slot per guess. Over either limit,
 * throws AppError rate_limited (with retryAfterSeconds) and the caller's transaction rolls the
 * reservation back; a right code is refused too while limited, so the limit is no oracle.
 * Returns the ids to pass to markAttemptsSucceeded once the code matched a course: successful
 * joins never count.
 */
export async function reserveJoinAttempt(tx: Tx, { accountId, address, now }: { accountId: string; address: string; now: Date }): Promise<string[]> {
  await tx.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  const limits = [
    { key: `join:account:${accountId}`, limit: MAX_JOIN_FAILURES_PER_ACCOUNT },
    { key: `join:ip:${address}`, limit: MAX_JOIN_FAILURES_PER_ADDRESS },
  ];
  const attemptIds: string[] = [];
  for (const { key } of limits) {
    attemptIds.push((await tx.signInAttempt.create({ data: { key, succeeded: false, createdAt: now }, select: { id: true } })).id);
  }
  const since = new Date(now.getTime() - JOIN_WINDOW_MS);
  for (const { key, limit } of limits) {
    await assertUnderAttemptLimit(tx, { key, since, limit, now, windowMs: JOIN_WINDOW_MS, describe: tooManyJoinCodes });
  }
  return attemptIds;
}

function tooManyJoinCodes(wait: string): string {
  return `Too many wrong join codes. Please try again in ${wait}.`;
}
