export function pairedTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  const n = a.length;
  if (b.length !== n) throw new Error("length mismatch");
  if (n < 2) throw new Error("need at least two pairs");
  const d = a.map((v, i) => v - b[i]);
  const mean = d.reduce((s, v) => s + v, 0) / n;
  const variance = d.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);

  const t = mean / Math.sqrt(variance / n);
  const df = n - 1;
  const p = 2 * (1 - studentTCdf(Math.abs(t), df));
  return { t, df, p };
}
