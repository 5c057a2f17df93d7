import { twoSidedP } from "../reference-steps";

/**
 * Whether every value equals the first one. A constant sample is recognised this way because its
 * computed variance is not always 0 (about 1e-33 for [0.1, 0.1, 0.1]).
 */
function isConstant(x: number[]): boolean {
  return x.every((value) => value === x[0]);
}

/** Mean and sample variance (n - 1) of a sample, in two passes; exactly 0 for a constant sample. */
function meanAndVariance(x: number[]): { mean: number; variance: number } {
  if (isConstant(x)) return { mean: x[0], variance: 0 };
  let sum = 0;
  for (const value of x) sum += value;
  const mean = sum / x.length;
  let squares = 0;
  for (const value of x) squares += (value - mean) * (value - mean);
  return { mean, variance: squares / (x.length - 1) };
}

/** Throws when both squared standard errors are 0: t would be a division by zero. */
function checkNotBothConstant(wa: number, wb: number): void {
  if (wa === 0 && wb === 0) throw new Error("both samples are constant: the standard error is 0");
}

/** Welch-Satterthwaite degrees of freedom from the squared standard errors (not rounded). */
function welchDf(wa: number, wb: number, na: number, nb: number): number {
  const se2 = wa + wb;
  return (se2 * se2) / ((wa * wa) / (na - 1) + (wb * wb) / (nb - 1));
}

/**
 * Two-sided Welch t-test: t = (mean_a - mean_b) / sqrt(va/na + vb/nb), with the
 * Welch-Satterthwaite degrees of freedom (not rounded) and p = 2 F(-|t|).
 */
export function welchTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  if (a.length < 2 || b.length < 2) throw new Error("each sample needs at least two values");
  const first = meanAndVariance(a);
  const second = meanAndVariance(b);
  const wa = first.variance / a.length; // squared standard error of mean(a)
  const wb = second.variance / b.length;
  checkNotBothConstant(wa, wb);
  const t = (first.mean - second.mean) / Math.sqrt(wa + wb);
  const df = welchDf(wa, wb, a.length, b.length);
  return { t, df, p: twoSidedP(t, df) };
}
