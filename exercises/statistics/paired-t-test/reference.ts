import { standardError, twoSidedP } from "../reference-steps";

/** Throws unless a and b have the same length, at least two pairs. */
function checkPairs(a: number[], b: number[]): void {
  if (a.length !== b.length) throw new Error("paired samples must have the same length");
  if (a.length < 2) throw new Error("a paired t-test needs at least two pairs");
}

/** The differences d_i = a_i - b_i. */
function differences(a: number[], b: number[]): number[] {
  return a.map((value, i) => value - b[i]);
}

/**
 * Throws when all differences are equal. Decided by comparing them, not by testing their computed
 * sum of squares against 0: for d = [0.1, 0.1, 0.1] that sum is about 6e-34, and t would be noise.
 */
function checkNotConstant(d: number[]): void {
  if (d.every((value) => value === d[0])) throw new Error("all differences are equal: the standard error is 0 and t is undefined");
}

/**
 * Two-sided paired t-test: a one-sample t-test of the differences d_i = a_i - b_i against 0,
 * t = mean(d) / (s_d / sqrt(n)) with n - 1 degrees of freedom, p = 2 F(-|t|).
 */
export function pairedTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  checkPairs(a, b);
  const d = differences(a, b);
  const n = d.length;
  let sum = 0;
  for (const value of d) sum += value;
  const mean = sum / n;
  checkNotConstant(d);
  let squares = 0;
  for (const value of d) squares += (value - mean) * (value - mean);
  const t = mean / standardError(squares, n);
  const df = n - 1;
  return { t, df, p: twoSidedP(t, df) };
}
