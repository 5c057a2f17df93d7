export function describe(x: number[]) {
  const n = x.length;
  if (n < 2) throw new Error("need at least two values");
  let sum = 0;
  let sumOfSquares = 0;
  for (const v of x) {
    sum += v;
    sumOfSquares += v * v;
  }
  const mean = sum / n;
  const variance = (sumOfSquares - n * mean * mean) / (n - 1);
  const sorted = [...x].sort((a, b) => a - b);
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { mean, median, variance, std: Math.sqrt(variance), min: Math.min(...x), max: Math.max(...x) };
}
