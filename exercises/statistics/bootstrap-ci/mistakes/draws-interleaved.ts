// Draw i for every resample, then draw i + 1 for every resample: the rng order is transposed.
function resampleMeans(x: number[], resamples: number, rng: () => number): number[] {
  const n = x.length;
  const sums = new Array<number>(resamples).fill(0);
  for (let i = 0; i < n; i++) {
    for (let b = 0; b < resamples; b++) sums[b] += x[Math.floor(rng() * n)];
  }
  return sums.map((s) => s / n);
}
