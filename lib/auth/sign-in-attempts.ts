import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { assertUnderAttemptLimit } from "./assert-under-attempt-limit";

type Tx = Prisma.TransactionClient;

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Failed sign-ins per email per window (counted since that account's last success). */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failed sign-ins per address per window, whatever the emails; successes never reset it. */
export const MAX_FAILURES_PER_ADDRESS = 30;
/** Sign-up attempts per address per window (keeps sign-up from probing emails in bulk). */
export const MAX_SIGN_UPS_PER_ADDRESS = 20;
/** Attempts older than this are deleted (sign-in and join codes alike): they no longer count for anything. */
export const KEEP_MS = 24 * 60 * 60_000;

/**
 * Reserves a sign-in attempt: records it as failed for the email and the address, then counts.
 * Recording first (inside the caller's transaction) makes concurrent guesses each take a slot,
 * so a burst cannot slip more guesses past the limit than it allows. Over the limit, throws
 * AppError rate_limited, and the caller's transaction rolls the reservation back. Correct
 * passwords are refused too while limited: otherwise the limit would be an oracle.
 * Returns the ids to pass to markAttemptsSucceeded once the password checks out.
 */
export async function reserveSignInAttempt(tx: Tx, { email, address, now }: { email: string; address: string; now: Date }): Promise<string[]> {
  const emailKey = `email:${email}`;
  const addressKey = `ip:${address}`;
  await tx.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  const attemptIds: string[] = [];
  for (const key of [emailKey, addressKey]) {
    attemptIds.push((await tx.signInAttempt.create({ data: { key, succeeded: false, createdAt: now }, select: { id: true } })).id);
  }
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { key: emailKey, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // A success proves the password is known: the account's count starts again after it.
  await assertUnderAttemptLimit(tx, {
    key: emailKey,
    since: lastSuccess?.createdAt ?? windowStart,
    limit: MAX_FAILURES_PER_EMAIL,
    now,
    windowMs: SIGN_IN_WINDOW_MS,
    strictSince: lastSuccess !== null,
    describe: tooManySignIns,
  });
  await assertUnderAttemptLimit(tx, {
    key: addressKey,
    since: windowStart,
    limit: MAX_FAILURES_PER_ADDRESS,
    now,
    windowMs: SIGN_IN_WINDOW_MS,
    describe: tooManySignIns,
  });
  return attemptIds;
}

/** Marks reserved attempts as successful (caller's transaction). */
export async function markAttemptsSucceeded(tx: Tx, attemptIds: string[]): Promise<void> {
  await tx.signInAttempt.updateMany({ where: { id: { in: attemptIds } }, data: { succeeded: true } });
}

/** Records a sign-up attempt for the address and refuses it beyond the limit (caller's transaction). */
export async function reserveSignUpAttempt(tx: Tx, { address, now }: { address: string; now: Date }): Promise<void> {
  const key = `signup:${address}`;
  await tx.signInAttempt.create({ data: { key, succeeded: false, createdAt: now }, select: { id: true } });
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const count = await tx.signInAttempt.count({ where: { key, createdAt: { gte: since } } });
  if (count > MAX_SIGN_UPS_PER_ADDRESS) throw new AppError("rate_limited", "Too many sign-ups from this network. Please try again later.");
}

function tooManySignIns(wait: string): string {
  return `Too many sign-in attempts. Please try again in ${wait}.`;
}
