/**
 * Log-softmax through the log-sum-exp trick: (z_i - m) - log(sum_j exp(z_j - m)) with
 * m = max(z). The largest exponential is exp(0) = 1, so the sum lies in [1, n]: no overflow, and
 * no probability is ever formed, so nothing underflows to log(0). logSoftmax([]) is []; a fully
 * masked vector, a NaN or a +Infinity logit throws.
 */
export function logSoftmax(z: number[]): number[] {
  const max = shiftFor(checkedMax(z));
  let sum = 0;
  for (const value of z) sum += Math.exp(value - max);
  const logSum = Math.log(sum);
  return z.map((value) => logProbability(value, max, logSum));
}

/** The largest logit; rejects NaN, +Infinity and a fully masked vector. */
function checkedMax(z: number[]): number {
  let max = -Infinity;
  for (const value of z) {
    if (Number.isNaN(value)) throw new Error("logSoftmax: a logit is NaN");
    if (value === Infinity) throw new Error("logSoftmax: a logit is +Infinity");
    if (value > max) max = value;
  }
  if (z.length > 0 && max === -Infinity) throw new Error("logSoftmax: every logit is masked (-Infinity), there is no distribution");
  return max;
}

/** The value m subtracted from every logit: the max, so no exponent is positive. */
function shiftFor(max: number): number {
  return max;
}

/** log softmax(z)_i = (z_i - m) - log(sum_j exp(z_j - m)), never forming the probability. */
function logProbability(value: number, max: number, logSum: number): number {
  return value - max - logSum;
}
