/** Given: the q-quantile of values (0 <= q <= 1), linear interpolation as numpy.quantile (exercise `quantile`). */
function quantile(values: number[], q: number): number {
  if (values.length === 0) throw new Error("quantile of an empty array");
  if (!(q >= 0 && q <= 1)) throw new Error(`q must lie in [0, 1], got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

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
