function pivotRow(U: number[][], k: number, n: number): number {
  let p = k;
  for (let i = k + 1; i < n; i++) if (U[i][k] > U[p][k]) p = i;
  return p;
}
