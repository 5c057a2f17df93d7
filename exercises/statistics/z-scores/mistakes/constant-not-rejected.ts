export function zScores(x: number[]): number[] {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const std = Math.sqrt(x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / n);
  return x.map((v) => (v - mean) / std);
}
