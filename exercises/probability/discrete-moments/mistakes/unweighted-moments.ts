// The probabilities ignored: the plain mean and variance of the values.
function weightedMean(values: number[], probs: number[]): number {
  return values.reduce((s, x) => s + x, 0) / values.length;
}

function weightedVariance(values: number[], probs: number[], mean: number): number {
  return values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length;
}
