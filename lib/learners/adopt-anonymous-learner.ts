import type { Prisma } from "../db/generated/client";
import { hashAnonymousToken, isWellFormedAnonymousToken } from "./anonymous-token";
import { mergeLearnerInto } from "./adopt-merge-learner";

type Tx = Prisma.TransactionClient;

/**
 * Gives an account the work this browser did anonymously (its gd_learner cookie token), and
 * returns the account's learner id. An account without a learner adopts the anonymous one (or
 * gets a new one); an account that has one absorbs the anonymous learner (mergeLearnerInto).
 * Either way the anonymous token stops working: after signing out, the browser starts a new
 * anonymous learner instead of showing the account's work to whoever uses it next.
 * Caller must hold a transaction.
 */
export async function adoptAnonymousLearner(tx: Tx, { userId, anonymousToken }: { userId: string; anonymousToken: string | null }): Promise<string> {
  const anonymous =
    anonymousToken !== null && isWellFormedAnonymousToken(anonymousToken)
      ? await tx.learner.findFirst({ where: { anonymousTokenHash: hashAnonymousToken(anonymousToken), userId: null }, select: { id: true } })
      : null;
  const own = await tx.learner.findUnique({ where: { userId }, select: { id: true } });
  if (own) {
    if (anonymous) await mergeLearnerInto(tx, { sourceId: anonymous.id, targetId: own.id });
    return own.id;
  }
  if (anonymous) {
    await tx.learner.update({ where: { id: anonymous.id }, data: { userId, anonymousTokenHash: null }, select: { id: true } });
    return anonymous.id;
  }
  return (await tx.learner.create({ data: { userId }, select: { id: true } })).id;
}
