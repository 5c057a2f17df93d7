/**
 * Ordinary least squares for y = intercept + slope x from centred sums (two passes).
 * r2 = 1 - SS_res / SS_tot, computed as r^2 = sxy^2 / (sxx syy) (equal for a least-squares line
 * with an intercept); a constant y is fitted exactly by the flat line, so r2 = 1 there.
 * Throws on a length mismatch, fewer than two points, or a constant x (compared by value).
 */
export function fitLine(x: number[], y: number[]): { slope: number; intercept: number; r2: number } {
  const n = x.length;
  if (y.length !== n) throw new Error(`fitLine: x has ${n} values but y has ${y.length}`);
  if (n < 2) throw new Error(`fitLine needs at least two points, got ${n}`);
  if (x.every((v) => v === x[0])) throw new Error("fitLine: x is constant, the slope is undefined (vertical line)");
  if (y.every((v) => v === y[0])) return { slope: 0, intercept: y[0], r2: 1 };

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
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
  return { slope, intercept, r2: Math.min(1, r * r) };
}
