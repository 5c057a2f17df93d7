export function describe(x: number[]) {
  const n = x.length;
  if (n < 2) throw new Error("need at least two values");
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const squares = x.reduce((acc, v) => acc + (v - mean) ** 2, 0);
  const variance = squares / (n - 1);
  const std = Math.sqrt(squares / n);
  const sorted = [...x].sort((a, b) => a - b);
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { mean, median, variance, std, min: sorted[0], max: sorted[n - 1] };
}
