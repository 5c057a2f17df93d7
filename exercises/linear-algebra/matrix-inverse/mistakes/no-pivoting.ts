function singularThreshold(A: number[][]): number {
  return 1e-12;
}

function pivotRow(M: number[][], k: number, n: number): number {
  return k;
}
