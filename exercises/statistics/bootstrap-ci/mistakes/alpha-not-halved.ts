export function bootstrapMeanCI(x: number[], resamples: number, confidence: number, rng: () => number): [number, number] {
  const n = x.length;
  if (n === 0) throw new Error("empty sample");
  if (!Number.isInteger(resamples) || resamples < 1) throw new Error("resamples must be a positive integer");
  if (!(confidence > 0 && confidence < 1)) throw new Error("confidence must lie in (0, 1)");
  const means: number[] = [];
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[Math.floor(rng() * n)];
    means.push(sum / n);
  }
  const alpha = 1 - confidence;
  return [quantile(means, alpha), quantile(means, 1 - alpha)];
}
