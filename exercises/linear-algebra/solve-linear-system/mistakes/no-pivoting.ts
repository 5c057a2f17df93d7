function pivotRow(U: number[][], k: number, n: number): number {
  return k;
}

function isSingularPivot(pivot: number, threshold: number): boolean {
  return false;
}
