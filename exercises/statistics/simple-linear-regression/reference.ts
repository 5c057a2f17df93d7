import { centredSums } from "../reference-steps";

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
