// Student's two-sample test: one pooled variance for both samples and na + nb - 2 df.
export function welchTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  if (a.length < 2 || b.length < 2) throw new Error("each sample needs at least two values");
  const first = meanAndVariance(a);
  const second = meanAndVariance(b);
  const df = a.length + b.length - 2;
  const pooled = (first.variance * (a.length - 1) + second.variance * (b.length - 1)) / df;
  checkNotBothConstant(pooled, pooled);
  const t = (first.mean - second.mean) / Math.sqrt(pooled * (1 / a.length + 1 / b.length));
  return { t, df, p: twoSidedP(t, df) };
}
