export function bootstrapMeanCI(x: number[], resamples: number, confidence: number, rng: () => number): [number, number] {
  const n = x.length;
  if (n === 0) throw new Error("empty sample");
  const means: number[] = [];
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[Math.floor(rng() * n)];
    means.push(sum / n);
  }
  return [quantile(means, (1 - confidence) / 2), quantile(means, (1 + confidence) / 2)];
}
