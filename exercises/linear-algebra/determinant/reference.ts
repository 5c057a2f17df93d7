/** Determinant by Gaussian elimination with partial pivoting: O(n^3), multipliers bounded by 1. */
export function det(A: number[][]): number {
  const n = A.length;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n) throw new Error(`det: the matrix must be square (${n} rows, a row of length ${Array.isArray(row) ? row.length : "?"})`);
  }
  const U = A.map((row) => row.slice());
  let result = 1;
  for (let k = 0; k < n; k++) {
    // Partial pivoting: the entry of largest magnitude in column k, on or below the diagonal.
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (U[p][k] === 0) return 0;
    if (p !== k) {
      [U[k], U[p]] = [U[p], U[k]];
      result = -result;
    }
    const pivot = U[k][k];
    result *= pivot;
    for (let i = k + 1; i < n; i++) {
      const factor = U[i][k] / pivot;
      if (factor === 0) continue;
      for (let j = k + 1; j < n; j++) U[i][j] -= factor * U[k][j];
    }
  }
  return result;
}
