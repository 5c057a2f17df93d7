export function rank(A: number[][], tol?: number): number {
  const m = A.length;
  const n = m === 0 ? 0 : A[0].length;
  if (A.some((row) => row.length !== n)) throw new Error("ragged matrix");
  let largest = 0;
  for (const row of A) for (const v of row) largest = Math.max(largest, Math.abs(v));
  const threshold = tol ?? 1e-10 * largest;
  const U = A.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    // The pivot is whatever sits at (r, c); no row is swapped in.
    if (Math.abs(U[r][c]) <= threshold) continue;
    for (let i = r + 1; i < m; i++) {
      const factor = U[i][c] / U[r][c];
      for (let j = c; j < n; j++) U[i][j] -= factor * U[r][j];
    }
    r++;
  }
  return r;
}
