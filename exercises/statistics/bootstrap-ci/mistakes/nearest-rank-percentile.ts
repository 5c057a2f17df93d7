// Nearest-rank percentiles of the sorted means instead of the linear quantiles.
function percentileInterval(means: number[], confidence: number): [number, number] {
  means.sort((a, b) => a - b);
  const alpha = 1 - confidence;
  const lower = means[Math.floor((alpha / 2) * means.length)];
  return [lower, means[Math.min(means.length - 1, Math.floor((1 - alpha / 2) * means.length))]];
}
