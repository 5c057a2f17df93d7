// Swaps only when the diagonal entry is exactly 0, and then takes the first non-zero below it.
function pivotRow(U: number[][], k: number, n: number): number {
  if (U[k][k] !== 0) return k;
  let p = k + 1;
  while (p < n && U[p][k] === 0) p++;
  return p === n ? k : p;
}
