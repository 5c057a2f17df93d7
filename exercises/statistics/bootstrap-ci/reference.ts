/** Throws on an empty sample, resamples not a positive integer, or confidence outside (0, 1). */
function checkArguments(x: number[], resamples: number, confidence: number): void {
  if (x.length === 0) throw new Error("bootstrapMeanCI: the sample is empty");
  if (!Number.isInteger(resamples) || resamples < 1) throw new Error(`bootstrapMeanCI: resamples must be a positive integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`bootstrapMeanCI: confidence must lie strictly between 0 and 1, got ${confidence}`);
}

/** The index floor(u n) drawn from a uniform u in [0, 1): each of 0..n-1 equally likely. */
function drawIndex(u: number, n: number): number {
  return Math.floor(u * n);
}

/**
 * The mean of each resample: resample b = 0..resamples-1, draw i = 0..n-1 takes x[drawIndex(rng(), n)],
 * exactly n * resamples calls of rng, in that order.
 */
function resampleMeans(x: number[], resamples: number, rng: () => number): number[] {
  const n = x.length;
  const means: number[] = [];
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[drawIndex(rng(), n)];
    means.push(sum / n);
  }
  return means;
}

/** The numpy-linear quantiles of the means at (1 - confidence) / 2 and (1 + confidence) / 2. */
function percentileInterval(means: number[], confidence: number): [number, number] {
  return [quantile(means, (1 - confidence) / 2), quantile(means, (1 + confidence) / 2)];
}

/** Percentile bootstrap interval for the mean; no call of rng before the arguments are validated. */
export function bootstrapMeanCI(x: number[], resamples: number, confidence: number, rng: () => number): [number, number] {
  checkArguments(x, resamples, confidence);
  return percentileInterval(resampleMeans(x, resamples, rng), confidence);
}
