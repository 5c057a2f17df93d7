import { AppError } from "../errors";
import { TokenBuckets } from "../grading/token-buckets";

/**
 * Run limits, per learner and per address. A person pressing Run never comes near them (a burst
 * of 30, then 2 a second); they stop a script from filling the run half of the grading queue.
 * Per address the allowance is ten times larger: a classroom behind one NAT shares it.
 * Override with GD_RUN_LIMIT="<burst>,<per second>" and GD_RUN_LIMIT_ADDRESS likewise.
 */
const perLearner = buckets(process.env.GD_RUN_LIMIT, 30, 2);
const perAddress = buckets(process.env.GD_RUN_LIMIT_ADDRESS, 300, 20);

/**
 * Reserves one Run for a caller (`learnerKey`: their learner or session cookie's key; `address`:
 * the client address). Throws AppError rate_limited with retryAfterSeconds when either allowance
 * is spent; nothing is taken then, so a refused call does not lengthen the wait.
 */
export function reserveRun({ learnerKey, address, now = Date.now() }: { learnerKey: string | null; address: string; now?: number }): void {
  const learnerWait = learnerKey === null ? 0 : perLearner.waitSeconds(learnerKey, now);
  const addressWait = perAddress.waitSeconds(address, now);
  const wait = Math.max(learnerWait, addressWait);
  if (wait > 0) {
    const seconds = Math.max(1, Math.ceil(wait));
    const who = learnerWait >= addressWait ? "You are" : "Your network is";
    throw new AppError("rate_limited", `${who} running code faster than the grader allows. Your code is still here: try again in ${seconds} s.`, {
      retryAfterSeconds: seconds,
    });
  }
  if (learnerKey !== null) perLearner.take(learnerKey, now);
  perAddress.take(address, now);
}

function buckets(setting: string | undefined, capacity: number, perSecond: number): TokenBuckets {
  const [burst, rate] = (setting ?? "").split(",").map(Number);
  return Number.isFinite(burst) && burst >= 1 && Number.isFinite(rate) && rate > 0 ? new TokenBuckets(burst, rate) : new TokenBuckets(capacity, perSecond);
}
