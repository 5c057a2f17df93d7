export function zScores(x: number[]): number[] {
  const n = x.length;
  if (n === 0 || x.every((v) => v === x[0])) throw new Error("constant input");
  let sum = 0;
  let sumOfSquares = 0;
  for (const v of x) {
    sum += v;
    sumOfSquares += v * v;
  }
  const mean = sum / n;
  const std = Math.sqrt(sumOfSquares / n - mean * mean);
  return x.map((v) => (v - mean) / std);
}
