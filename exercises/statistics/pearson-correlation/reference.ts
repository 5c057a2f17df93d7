/** Throws on a length mismatch or fewer than two pairs. */
function checkLengths(x: number[], y: number[]): void {
  const n = x.length;
  if (y.length !== n) throw new Error(`pearson: x has ${n} values but y has ${y.length}`);
  if (n < 2) throw new Error(`pearson needs at least two pairs, got ${n}`);
}

/**
 * Throws when a variable is constant (all its values equal, compared by value: the computed sum
 * of squares of [0.1, 0.1, 0.1] is 6e-34, not 0).
 */
function checkNotConstant(x: number[], y: number[]): void {
  if (x.every((v) => v === x[0])) throw new Error("pearson: x is constant, its standard deviation is 0");
  if (y.every((v) => v === y[0])) throw new Error("pearson: y is constant, its standard deviation is 0");
}

/** Centred sums of squares and cross products sxx, syy, sxy, in two passes. */
function centredSums(x: number[], y: number[]): { sxx: number; syy: number; sxy: number } {
  const n = x.length;
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
  return { sxx, syy, sxy };
}

/**
 * r = sxy / (sqrt(sxx) sqrt(syy)): the square roots are taken separately so that sxx * syy
 * cannot overflow, and rounding is clamped to [-1, 1].
 */
function correlation(s: { sxx: number; syy: number; sxy: number }): number {
  const r = s.sxy / (Math.sqrt(s.sxx) * Math.sqrt(s.syy));
  return Math.max(-1, Math.min(1, r));
}

/** Pearson's r from centred sums (two passes). */
export function pearson(x: number[], y: number[]): number {
  checkLengths(x, y);
  checkNotConstant(x, y);
  return correlation(centredSums(x, y));
}
