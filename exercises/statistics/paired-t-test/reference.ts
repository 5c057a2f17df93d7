/**
 * Two-sided paired t-test: a one-sample t-test of the differences d_i = a_i - b_i against 0,
 * t = mean(d) / (s_d / sqrt(n)) with n - 1 degrees of freedom, p = 2 F(-|t|).
 */
export function pairedTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  if (a.length !== b.length) throw new Error("paired samples must have the same length");
  const n = a.length;
  if (n < 2) throw new Error("a paired t-test needs at least two pairs");
  const d = a.map((value, i) => value - b[i]);
  let sum = 0;
  for (const value of d) sum += value;
  const mean = sum / n;
  // Constancy is decided by comparing the differences, not by testing their computed sum of
  // squares against 0: for d = [0.1, 0.1, 0.1] that sum is about 6e-34, and t would be noise.
  if (d.every((value) => value === d[0])) throw new Error("all differences are equal: the standard error is 0 and t is undefined");
  let squares = 0;
  for (const value of d) squares += (value - mean) * (value - mean);
  const t = mean / Math.sqrt(squares / (n - 1) / n);
  const df = n - 1;
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { t, df, p };
}
