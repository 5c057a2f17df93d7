/**
 * Pearson's r from centred sums (two passes). Throws on a length mismatch, fewer than two pairs,
 * or a constant variable (all its values equal, compared by value: the computed sum of squares of
 * [0.1, 0.1, 0.1] is 6e-34, not 0). The square roots are taken separately so that sxx * syy
 * cannot overflow, and rounding is clamped to [-1, 1].
 */
export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (y.length !== n) throw new Error(`pearson: x has ${n} values but y has ${y.length}`);
  if (n < 2) throw new Error(`pearson needs at least two pairs, got ${n}`);
  if (x.every((v) => v === x[0])) throw new Error("pearson: x is constant, its standard deviation is 0");
  if (y.every((v) => v === y[0])) throw new Error("pearson: y is constant, its standard deviation is 0");

  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += x[i];
    sumY += y[i];
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
  return Math.max(-1, Math.min(1, r));
}
