/**
 * Two-sided one-sample t-test: t = (mean - mu0) / (s / sqrt(n)) with n - 1 degrees of freedom,
 * p = P(|T| >= |t|) = 2 F(-|t|). The variance is computed in two passes (mean first).
 */
export function tTestOneSample(x: number[], mu0: number): { t: number; df: number; p: number } {
  const n = x.length;
  if (n < 2) throw new Error("a t-test needs at least two values");
  let sum = 0;
  for (const value of x) sum += value;
  const mean = sum / n;
  // Constancy is decided by comparing the values, not by testing the computed sum of squares
  // against 0: for [0.1, 0.1, 0.1] that sum is about 6e-34, and t would be rounding noise.
  if (x.every((value) => value === x[0])) throw new Error("all values are equal: the standard error is 0 and t is undefined");
  let squares = 0;
  for (const value of x) squares += (value - mean) * (value - mean);
  const standardError = Math.sqrt(squares / (n - 1) / n);
  const t = (mean - mu0) / standardError;
  const df = n - 1;
  // The lower tail at -|t| is computed directly: no cancellation in 1 - F(|t|) for tiny p.
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { t, df, p };
}
