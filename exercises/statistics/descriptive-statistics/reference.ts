/** Mean, median, sample variance (two passes), std, min and max; throws for fewer than two values. */
export function describe(x: number[]): { mean: number; median: number; variance: number; std: number; min: number; max: number } {
  const n = x.length;
  if (n < 2) throw new Error(`describe needs at least two values (got ${n}): the sample variance divides by n - 1`);

  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const value of x) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = sum / n;

  let squares = 0;
  for (const value of x) {
    const deviation = value - mean;
    squares += deviation * deviation;
  }
  const variance = squares / (n - 1);

  const sorted = [...x].sort((a, b) => a - b);
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;

  return { mean, median, variance, std: Math.sqrt(variance), min, max };
}
