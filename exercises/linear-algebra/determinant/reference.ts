import { pivotRow } from "../reference-steps";

/** Determinant by Gaussian elimination with partial pivoting: O(n^3), multipliers bounded by 1. */
export function det(A: number[][]): number {
  const n = checkSquare(A);
  const U = A.map((row) => row.slice());
  let result = 1;
  for (let k = 0; k < n; k++) {
    const p = pivotRow(U, k, n);
    if (isZeroPivot(U[p][k])) return 0;
    if (p !== k) {
      [U[k], U[p]] = [U[p], U[k]];
      result = afterRowSwap(result);
    }
    const pivot = U[k][k];
    result *= pivot;
    eliminateBelow(U, k, n, pivot);
  }
  return result;
}

/** The size n of a square matrix; throws when a row's length is not the number of rows. */
function checkSquare(A: number[][]): number {
  const n = A.length;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n)
      throw new Error(`det: the matrix must be square (${n} rows, a row of length ${Array.isArray(row) ? row.length : "?"})`);
  }
  return n;
}

/** Whether the best pivot is exactly 0: the column has no pivot and the determinant is 0. */
function isZeroPivot(pivot: number): boolean {
  return pivot === 0;
}

/** A row swap flips the sign of the determinant. */
function afterRowSwap(result: number): number {
  return -result;
}

/** Subtracts multiples of pivot row k from the rows below it (column k itself is not read again). */
function eliminateBelow(U: number[][], k: number, n: number, pivot: number): void {
  for (let i = k + 1; i < n; i++) {
    const factor = U[i][k] / pivot;
    if (factor === 0) continue;
    for (let j = k + 1; j < n; j++) U[i][j] -= factor * U[k][j];
  }
}
