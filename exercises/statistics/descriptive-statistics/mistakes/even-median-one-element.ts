export function describe(x: number[]) {
  const n = x.length;
  if (n < 2) throw new Error("need at least two values");
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const variance = x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (n - 1);
  const sorted = [...x].sort((a, b) => a - b);
  const median = sorted[Math.floor(n / 2)];
  return { mean, median, variance, std: Math.sqrt(variance), min: sorted[0], max: sorted[n - 1] };
}
