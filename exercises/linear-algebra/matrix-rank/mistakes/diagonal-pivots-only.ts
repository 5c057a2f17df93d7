function countPivots(U: number[][], m: number, n: number, threshold: number): number {
  let r = 0;
  // Step k looks for a pivot in column k, rows k..m-1 only: a skipped column also skips a row.
  for (let k = 0; k < Math.min(m, n); k++) {
    let p = k;
    for (let i = k + 1; i < m; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (Math.abs(U[p][k]) <= threshold) continue;
    [U[k], U[p]] = [U[p], U[k]];
    for (let i = k + 1; i < m; i++) {
      const factor = U[i][k] / U[k][k];
      for (let j = k; j < n; j++) U[i][j] -= factor * U[k][j];
    }
    r++;
  }
  return r;
}
