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
