/** Inverse by Gauss-Jordan elimination with partial pivoting on [A | I]; throws when a pivot is below 1e-12. */
export function inverse(A: number[][]): number[][] {
  const n = A.length;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n) throw new Error(`inverse: the matrix must be square (${n} rows, a row of length ${Array.isArray(row) ? row.length : "?"})`);
  }
  // Augmented matrix [A | I], n x 2n.
  const M = A.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    if (!(Math.abs(M[p][k]) >= 1e-12)) throw new Error(`inverse: the matrix is singular (largest pivot in column ${k} is ${M[p][k]})`);
    if (p !== k) [M[k], M[p]] = [M[p], M[k]];
    const pivot = M[k][k];
    for (let j = k; j < 2 * n; j++) M[k][j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const factor = M[i][k];
      if (factor === 0) continue;
      for (let j = k; j < 2 * n; j++) M[i][j] -= factor * M[k][j];
    }
  }
  return M.map((row) => row.slice(n));
}
