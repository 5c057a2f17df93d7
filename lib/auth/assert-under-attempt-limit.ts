import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

/**
 * Counts the failed attempts recorded under `key` since `since` (SignInAttempt rows; the caller
 * has already recorded this one) and throws AppError rate_limited beyond `limit`, with the
 * minutes to wait in the message (`describe`) and in retryAfterSeconds: the block lifts when
 * enough of the oldest failures leave the window for this attempt to fit.
 * Shared by sign-in (lib/auth/sign-in-attempts.ts) and join codes (lib/courses/reserve-join-attempt.ts).
 */
export async function assertUnderAttemptLimit(
  tx: Tx,
  {
    key,
    since,
    limit,
    now,
    windowMs,
    strictSince = false,
    describe,
  }: { key: string; since: Date; limit: number; now: Date; windowMs: number; strictSince?: boolean; describe: (wait: string) => string },
): Promise<void> {
  const failures = await tx.signInAttempt.findMany({
    where: { key, succeeded: false, createdAt: strictSince ? { gt: since } : { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (failures.length <= limit) return;
  const freedAt = failures[failures.length - 1 - limit].createdAt.getTime() + windowMs;
  const waitMs = Math.max(1000, freedAt - now.getTime());
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  throw new AppError("rate_limited", describe(`${minutes} minute${minutes === 1 ? "" : "s"}`), { retryAfterSeconds: Math.ceil(waitMs / 1000) });
}
