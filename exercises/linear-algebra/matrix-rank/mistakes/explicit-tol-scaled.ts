export function rank(A: number[][], tol?: number): number {
  const m = A.length;
  const n = m === 0 ? 0 : A[0].length;
  if (A.some((row) => row.length !== n)) throw new Error("ragged matrix");
  let largest = 0;
  for (const row of A) for (const v of row) largest = Math.max(largest, Math.abs(v));
  const threshold = (tol ?? 1e-10) * largest;
  const U = A.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    let p = r;
    for (let i = r + 1; i < m; i++) if (Math.abs(U[i][c]) > Math.abs(U[p][c])) p = i;
    if (!(Math.abs(U[p][c]) > threshold)) continue;
    [U[r], U[p]] = [U[p], U[r]];
    for (let i = r + 1; i < m; i++) {
      const factor = U[i][c] / U[r][c];
      for (let j = c; j < n; j++) U[i][j] -= factor * U[r][j];
    }
    r++;
  }
  return r;
}
