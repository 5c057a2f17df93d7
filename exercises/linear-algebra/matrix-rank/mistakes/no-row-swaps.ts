function countPivots(U: number[][], m: number, n: number, threshold: number): number {
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
