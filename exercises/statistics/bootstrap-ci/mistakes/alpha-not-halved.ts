// alpha = 1 - confidence not split between the two tails.
function percentileInterval(means: number[], confidence: number): [number, number] {
  const alpha = 1 - confidence;
  return [quantile(means, alpha), quantile(means, 1 - alpha)];
}
