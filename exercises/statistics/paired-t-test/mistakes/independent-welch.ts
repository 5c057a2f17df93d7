export function pairedTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  const n = a.length;
  if (b.length !== n) throw new Error("length mismatch");
  if (n < 2) throw new Error("need at least two pairs");
  // Treats a and b as two independent samples.
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  const va = a.reduce((s, v) => s + (v - ma) ** 2, 0) / (n - 1);
  const vb = b.reduce((s, v) => s + (v - mb) ** 2, 0) / (n - 1);
  if (va + vb === 0) throw new Error("zero variance");
  const se2 = va / n + vb / n;
  const t = (ma - mb) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va / n) ** 2 / (n - 1) + (vb / n) ** 2 / (n - 1));
  const p = 2 * (1 - studentTCdf(Math.abs(t), df));
  return { t, df, p };
}
