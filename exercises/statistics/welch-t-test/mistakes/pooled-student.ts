export function welchTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  const na = a.length;
  const nb = b.length;
  if (na < 2 || nb < 2) throw new Error("need at least two values in each sample");
  const ma = a.reduce((s, v) => s + v, 0) / na;
  const mb = b.reduce((s, v) => s + v, 0) / nb;
  const ssa = a.reduce((s, v) => s + (v - ma) ** 2, 0);
  const ssb = b.reduce((s, v) => s + (v - mb) ** 2, 0);
  if (ssa + ssb === 0) throw new Error("zero variance in both samples");
  // Student's test: one pooled variance for both samples.
  const pooled = (ssa + ssb) / (na + nb - 2);
  const t = (ma - mb) / Math.sqrt(pooled * (1 / na + 1 / nb));
  const df = na + nb - 2;
  const p = 2 * (1 - studentTCdf(Math.abs(t), df));
  return { t, df, p };
}
