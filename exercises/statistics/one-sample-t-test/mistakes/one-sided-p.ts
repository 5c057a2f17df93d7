export function tTestOneSample(x: number[], mu0: number): { t: number; df: number; p: number } {
  const n = x.length;
  if (n < 2) throw new Error("need at least two values");
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const variance = x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (n - 1);
  if (variance === 0) throw new Error("zero variance");
  const s = Math.sqrt(variance);
  const t = (mean - mu0) / (s / Math.sqrt(n));
  const df = n - 1;
  const p = 1 - studentTCdf(Math.abs(t), df);
  return { t, df, p };
}
