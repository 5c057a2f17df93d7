function pivotThreshold(A: number[][], tol: number | undefined): number {
  return tol ?? 1e-10;
}

// Partial pivoting (column by column): rounding noise differs from complete pivoting.
function countPivots(U: number[][], m: number, n: number, threshold: number): number {
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
