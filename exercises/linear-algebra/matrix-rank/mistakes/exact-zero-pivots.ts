// Partial pivoting (column by column) whose pivot test is "not exactly zero".
function countPivots(U: number[][], m: number, n: number, threshold: number): number {
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    let p = r;
    for (let i = r + 1; i < m; i++) if (Math.abs(U[i][c]) > Math.abs(U[p][c])) p = i;
    if (!(U[p][c] !== 0)) continue;
    [U[r], U[p]] = [U[p], U[r]];
    for (let i = r + 1; i < m; i++) {
      const factor = U[i][c] / U[r][c];
      for (let j = c; j < n; j++) U[i][j] -= factor * U[r][j];
    }
    r++;
  }
  return r;
}
