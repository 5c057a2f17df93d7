import { isSingularPivot, pivotRow } from "../reference-steps";

/**
 * Inverse by Gauss-Jordan elimination with partial pivoting on [A | I].
 *
 * Singularity: the catalog's rule is an absolute threshold, |pivot| < 1e-12, which assumes
 * entries of order 1. This reference uses the scale-aware form of the same rule,
 * |pivot| < 1e-12 * (largest absolute entry of A): identical when the largest entry is 1, and
 * unchanged when A is multiplied by any c != 0, so that inverse(c A) = inverse(A) / c
 * (1e-13 I is invertible, and 1e12 times a nearly singular matrix is still nearly singular).
 */
export function inverse(A: number[][]): number[][] {
  const n = checkSquare(A);
  const threshold = singularThreshold(A);
  // Augmented matrix [A | I], n x 2n.
  const M = A.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let k = 0; k < n; k++) {
    const p = pivotRow(M, k, n);
    if (isSingularPivot(M[p][k], threshold)) {
      throw new Error(`inverse: the matrix is singular (largest pivot in column ${k} is ${M[p][k]}, threshold ${threshold})`);
    }
    if (p !== k) [M[k], M[p]] = [M[p], M[k]];
    eliminateColumn(M, k, n);
  }
  return M.map((row) => row.slice(n));
}

/** The size n of a square matrix; throws when a row's length is not the number of rows. */
function checkSquare(A: number[][]): number {
  const n = A.length;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n)
      throw new Error(`inverse: the matrix must be square (${n} rows, a row of length ${Array.isArray(row) ? row.length : "?"})`);
  }
  return n;
}

/** Pivots smaller than this mean singular: 1e-12 times the largest absolute entry of A. */
function singularThreshold(A: number[][]): number {
  let scale = 0;
  for (const row of A) for (const value of row) scale = Math.max(scale, Math.abs(value));
  return 1e-12 * scale;
}

/** Scales pivot row k to a 1 on the diagonal, then clears column k in every other row. */
function eliminateColumn(M: number[][], k: number, n: number): void {
  const pivot = M[k][k];
  for (let j = k; j < 2 * n; j++) M[k][j] /= pivot;
  for (let i = 0; i < n; i++) {
    if (i === k) continue;
    const factor = M[i][k];
    if (factor === 0) continue;
    for (let j = k; j < 2 * n; j++) M[i][j] -= factor * M[k][j];
  }
}
