// a and b treated as two independent samples: Welch's test.
export function pairedTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  checkPairs(a, b);
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  const va = a.reduce((s, v) => s + (v - ma) ** 2, 0) / (n - 1);
  const vb = b.reduce((s, v) => s + (v - mb) ** 2, 0) / (n - 1);
  if (va + vb === 0) throw new Error("zero variance");
  const se2 = va / n + vb / n;
  const t = (ma - mb) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va / n) ** 2 / (n - 1) + (vb / n) ** 2 / (n - 1));
  return { t, df, p: twoSidedP(t, df) };
}
