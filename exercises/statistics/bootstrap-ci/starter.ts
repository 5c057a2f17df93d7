/** Percentile bootstrap confidence interval [lower, upper] for the mean of x, drawing with rng in the stated order. */
export function bootstrapMeanCI(x: number[], resamples: number, confidence: number, rng: () => number): [number, number] {
  // Your code here.
  return [0, 0];
}
