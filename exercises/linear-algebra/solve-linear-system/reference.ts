import { isSingularPivot, pivotRow } from "../reference-steps";

/**
 * Solves A x = b by Gaussian elimination with partial pivoting and back substitution. A is
 * treated as singular when the largest pivot available in a column is below 1e-12 times the
 * largest absolute entry of A (scale-aware: solve(c A, b) = solve(A, b) / c for every c != 0).
 */
export function solve(A: number[][], b: number[]): number[] {
  const n = checkShapes(A, b);
  let scale = 0;
  for (const row of A) for (const value of row) scale = Math.max(scale, Math.abs(value));
  const threshold = 1e-12 * scale;
  const U = A.map((row) => row.slice());
  const y = b.slice();
  for (let k = 0; k < n; k++) {
    const p = pivotRow(U, k, n);
    if (isSingularPivot(U[p][k], threshold)) throw new Error(`solve: A is singular (largest pivot in column ${k} is ${U[p][k]})`);
    if (p !== k) swapRows(U, y, k, p);
    for (let i = k + 1; i < n; i++) {
      const factor = U[i][k] / U[k][k];
      if (factor === 0) continue;
      for (let j = k + 1; j < n; j++) U[i][j] -= factor * U[k][j];
      U[i][k] = 0;
      y[i] -= factor * y[k];
    }
  }
  return backSubstitute(U, y, n);
}

/** A square (n x n) and b of length n; returns n. */
function checkShapes(A: number[][], b: number[]): number {
  const n = A.length;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n)
      throw new Error(`solve: A must be square (${n} rows, a row of length ${Array.isArray(row) ? row.length : "?"})`);
  }
  if (!Array.isArray(b) || b.length !== n) throw new Error(`solve: b has ${Array.isArray(b) ? b.length : "no"} entries, A has ${n} rows`);
  return n;
}

/** Swaps rows k and p of the system: of U and of the right-hand side y. */
function swapRows(U: number[][], y: number[], k: number, p: number): void {
  [U[k], U[p]] = [U[p], U[k]];
  [y[k], y[p]] = [y[p], y[k]];
}

/** Solves the upper-triangular U x = y from the last row up. */
function backSubstitute(U: number[][], y: number[], n: number): number[] {
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let j = i + 1; j < n; j++) sum -= U[i][j] * x[j];
    x[i] = sum / U[i][i];
  }
  return x;
}
