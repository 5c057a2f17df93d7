/**
 * Log-softmax through the log-sum-exp trick: (z_i - m) - log(sum_j exp(z_j - m)) with
 * m = max(z). The largest exponential is exp(0) = 1, so the sum lies in [1, n]: no overflow, and
 * no probability is ever formed, so nothing underflows to log(0).
 */
export function logSoftmax(z: number[]): number[] {
  if (z.length === 0) throw new Error("logSoftmax of an empty vector is undefined");
  let max = -Infinity;
  for (const value of z) if (value > max) max = value;
  let sum = 0;
  for (const value of z) sum += Math.exp(value - max);
  const logSum = Math.log(sum);
  return z.map((value) => value - max - logSum);
}
