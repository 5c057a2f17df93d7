/**
 * Mean and sample variance (n - 1) of a sample, in two passes. A constant sample is recognised by
 * comparing its values: its variance is exactly 0 (the computed one is about 1e-33 for
 * [0.1, 0.1, 0.1], not 0).
 */
function meanAndVariance(x: number[]): { mean: number; variance: number } {
  if (x.every((value) => value === x[0])) return { mean: x[0], variance: 0 };
  let sum = 0;
  for (const value of x) sum += value;
  const mean = sum / x.length;
  let squares = 0;
  for (const value of x) squares += (value - mean) * (value - mean);
  return { mean, variance: squares / (x.length - 1) };
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
  const se2 = wa + wb;
  if (wa === 0 && wb === 0) throw new Error("both samples are constant: the standard error is 0");
  const t = (first.mean - second.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((wa * wa) / (a.length - 1) + (wb * wb) / (b.length - 1));
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { t, df, p };
}
