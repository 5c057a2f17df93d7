/**
 * log(sum_i exp(x_i)) with the max shift: m + log(sum_i exp(x_i - m)). The largest term is
 * exp(0) = 1, so the sum lies in [1, n]: no overflow, no log(0). Entries may be -Infinity.
 */
export function logSumExp(x: number[]): number {
  if (x.length === 0) throw new Error("logSumExp of an empty vector is undefined");
  let max = -Infinity;
  for (const value of x) if (value > max) max = value;
  // Every entry is -Infinity: the sum of exponentials is exactly 0 (and -Inf - -Inf would be NaN).
  if (max === -Infinity) return -Infinity;
  return shiftedLogSum(x, max);
}

/** max + log(sum_i exp(x_i - max)): every exponent is at most 0. */
function shiftedLogSum(x: number[], max: number): number {
  let sum = 0;
  for (const value of x) sum += Math.exp(value - max);
  return max + Math.log(sum);
}
