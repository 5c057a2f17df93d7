export function zScores(x: number[]): number[] {
  const n = x.length;
  if (n === 0) throw new Error("zScores of an empty sample is undefined");
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const std = Math.sqrt(x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / n);
  return x.map((v) => (v - mean) / std);
}
