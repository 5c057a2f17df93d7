import { centredSums } from "../reference-steps";

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
