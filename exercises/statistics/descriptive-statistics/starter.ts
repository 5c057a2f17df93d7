/** Summary statistics of a sample: mean, median, sample variance (n - 1), std, min and max. */
export function describe(x: number[]): { mean: number; median: number; variance: number; std: number; min: number; max: number } {
  // Your code here.
  return { mean: 0, median: 0, variance: 0, std: 0, min: 0, max: 0 };
}
