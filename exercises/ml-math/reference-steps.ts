/**
 * Reference steps several references of this track share (`import { ... } from "../reference-steps"`).
 * Hidden like the references: the loader puts each imported step into the reference that imports it
 * (lib/exercises/assemble-reference.ts), so a reference still runs, and is overridden by a known
 * mistake, as one self-contained file.
 */

/** The probability clipped to [eps, 1 - eps], so its log is finite. */
export function clipped(p: number, eps: number): number {
  return Math.min(Math.max(p, eps), 1 - eps);
}

/** The design matrix A = [X | 1]: the bias is the last unknown. */
export function design(X: number[][]): number[][] {
  return X.map((row) => [...row, 1]);
}

/** The weights are the first d unknowns, the bias the last one. */
export function readParameters(theta: number[], d: number, y: number[]): { weights: number[]; bias: number } {
  return { weights: theta.slice(0, d), bias: theta[d] };
}

/** The loss reported: the mean over the n samples. */
export function meanLoss(total: number, n: number): number {
  return total / n;
}
