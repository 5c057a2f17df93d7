import { standardError, twoSidedP } from "../reference-steps";

/**
 * Throws when all values are equal. Decided by comparing the values, not by testing the computed
 * sum of squares against 0: for [0.1, 0.1, 0.1] that sum is about 6e-34, and t would be rounding noise.
 */
function checkNotConstant(x: number[]): void {
  if (x.every((value) => value === x[0])) throw new Error("all values are equal: the standard error is 0 and t is undefined");
}

/** The t statistic (mean - mu0) / standard error. */
function tStatistic(mean: number, mu0: number, se: number): number {
  return (mean - mu0) / se;
}

/** Degrees of freedom of a one-sample t-test: n - 1. */
function degreesOfFreedom(n: number): number {
  return n - 1;
}

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
  checkNotConstant(x);
  let squares = 0;
  for (const value of x) squares += (value - mean) * (value - mean);
  const t = tStatistic(mean, mu0, standardError(squares, n));
  const df = degreesOfFreedom(n);
  return { t, df, p: twoSidedP(t, df) };
}
