/**
 * Reference steps several references of this track share (`import { ... } from "../reference-steps"`).
 * Hidden like the references: the loader puts each imported step into the reference that imports it
 * (lib/exercises/assemble-reference.ts), so a reference still runs, and is overridden by a known
 * mistake, as one self-contained file.
 */

/** Partial pivoting: the row with the largest |entry| in column k, at or below row k. */
export function pivotRow(U: number[][], k: number, n: number): number {
  let p = k;
  for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
  return p;
}

/** The largest-magnitude component made positive (the first one on an exact tie). */
export function withSignConvention(v: number[]): number[] {
  let at = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(v[at])) at = i;
  return v[at] < 0 ? v.map((x) => -x) : v;
}

/** Singular when the best pivot is 0 or below the threshold (relative to the largest entry of the matrix). */
export function isSingularPivot(pivot: number, threshold: number): boolean {
  return !(Math.abs(pivot) > 0 && Math.abs(pivot) >= threshold);
}
