// a and b treated as two independent samples: Student's pooled-variance test, 2n - 2 df.
export function pairedTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  checkPairs(a, b);
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  const va = a.reduce((s, v) => s + (v - ma) ** 2, 0) / (n - 1);
  const vb = b.reduce((s, v) => s + (v - mb) ** 2, 0) / (n - 1);
  if (va + vb === 0) throw new Error("zero variance");
  const t = (ma - mb) / Math.sqrt((((n - 1) * va + (n - 1) * vb) / (2 * n - 2)) * (2 / n));
  return { t, df: 2 * n - 2, p: twoSidedP(t, 2 * n - 2) };
}
