function pivotRow(U: number[][], k: number, n: number): number {
  let p = k;
  if (U[k][k] === 0) while (p < n - 1 && U[p][k] === 0) p++;
  return p;
}
