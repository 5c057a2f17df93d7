// The standard deviation returned as the variance.
export function discreteMoments(values: number[], probs: number[]): { mean: number; variance: number } {
  checkSumsToOne(checkArguments(values, probs));
  const mean = weightedMean(values, probs);
  return { mean, variance: Math.sqrt(weightedVariance(values, probs, mean)) };
}
