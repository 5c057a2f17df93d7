/**
 * Percentile bootstrap interval for the mean. Resample b = 0..resamples-1, draw i = 0..n-1 takes
 * x[floor(rng() * n)]: exactly n * resamples calls of rng, in that order, none before the
 * arguments are validated. The bounds are the numpy-linear quantiles of the resample means at
 * (1 - confidence) / 2 and (1 + confidence) / 2.
 */
export function bootstrapMeanCI(x: number[], resamples: number, confidence: number, rng: () => number): [number, number] {
  const n = x.length;
  if (n === 0) throw new Error("bootstrapMeanCI: the sample is empty");
  if (!Number.isInteger(resamples) || resamples < 1) throw new Error(`bootstrapMeanCI: resamples must be a positive integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`bootstrapMeanCI: confidence must lie strictly between 0 and 1, got ${confidence}`);
  const means = new Array<number>(resamples);
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[Math.floor(rng() * n)];
    means[b] = sum / n;
  }
  return [quantile(means, (1 - confidence) / 2), quantile(means, (1 + confidence) / 2)];
}
