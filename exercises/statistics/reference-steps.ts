/**
 * Reference steps several references of this track share (`import { ... } from "../reference-steps"`).
 * Hidden like the references: the loader puts each imported step into the reference that imports it
 * (lib/exercises/assemble-reference.ts), so a reference still runs, and is overridden by a known
 * mistake, as one self-contained file.
 */

/** A copy of x sorted in increasing numeric order. */
export function sortedCopy(x: number[]): number[] {
  return [...x].sort((a, b) => a - b);
}

/** Standard error of the mean, s_d / sqrt(n), from the centred sum of squares (s_d^2 = squares / (n - 1)). */
export function standardError(squares: number, n: number): number {
  return Math.sqrt(squares / (n - 1) / n);
}

/** Two-sided p value of t: 2 F(-|t|), at most 1. */
export function twoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
}

/** Means and centred sums of squares and cross products, in two passes. */
export function centredSums(x: number[], y: number[]): { meanX: number; meanY: number; sxx: number; syy: number; sxy: number } {
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
