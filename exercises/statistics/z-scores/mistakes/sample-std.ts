export function zScores(x: number[]): number[] {
  const n = x.length;
  if (n === 0 || x.every((v) => v === x[0])) throw new Error("constant input");
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const std = Math.sqrt(x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (n - 1));
  return x.map((v) => (v - mean) / std);
}
