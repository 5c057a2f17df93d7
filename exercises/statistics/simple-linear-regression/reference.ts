/** Throws on a length mismatch, fewer than two points, or a constant x (compared by value). */
function checkPoints(x: number[], y: number[]): void {
  const n = x.length;
  if (y.length !== n) throw new Error(`fitLine: x has ${n} values but y has ${y.length}`);
  if (n < 2) throw new Error(`fitLine needs at least two points, got ${n}`);
  if (x.every((v) => v === x[0])) throw new Error("fitLine: x is constant, the slope is undefined (vertical line)");
}

/** The flat line that fits a constant y exactly (r2 = 1); null when y varies. */
function flatFit(y: number[]): { slope: number; intercept: number; r2: number } | null {
  return y.every((v) => v === y[0]) ? { slope: 0, intercept: y[0], r2: 1 } : null;
}

/** Means and centred sums of squares and cross products, in two passes. */
function centredSums(x: number[], y: number[]): { meanX: number; meanY: number; sxx: number; syy: number; sxy: number } {
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
  return { meanX, meanY, sxx, syy, sxy };
}

/** Least-squares slope of y on x: sxy / sxx. */
function slopeOf(s: { sxx: number; syy: number; sxy: number }, n: number): number {
  return s.sxy / s.sxx;
}

/** r2 as r^2 = sxy^2 / (sxx syy), equal to 1 - SS_res / SS_tot for a line with an intercept. */
function rSquared(s: { sxx: number; syy: number; sxy: number }): number {
  const r = s.sxy / (Math.sqrt(s.sxx) * Math.sqrt(s.syy));
  return Math.min(1, r * r);
}

/**
 * Ordinary least squares for y = intercept + slope x from centred sums (two passes).
 * A constant y is fitted exactly by the flat line, so r2 = 1 there.
 */
export function fitLine(x: number[], y: number[]): { slope: number; intercept: number; r2: number } {
  checkPoints(x, y);
  const flat = flatFit(y);
  if (flat) return flat;
  const sums = centredSums(x, y);
  const slope = slopeOf(sums, x.length);
  const intercept = sums.meanY - slope * sums.meanX;
  return { slope, intercept, r2: rSquared(sums) };
}
