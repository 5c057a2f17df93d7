export function meanConfidenceInterval(x: number[], confidence: number): [number, number] {
  const n = x.length;
  if (n < 2) throw new Error("need at least two values");
  if (!(confidence > 0 && confidence < 1)) throw new Error("confidence must be in (0, 1)");
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (n));
  const tStar = studentTQuantile((1 + confidence) / 2, n - 1);
  const half = (tStar * s) / Math.sqrt(n);
  return [mean - half, mean + half];
}
