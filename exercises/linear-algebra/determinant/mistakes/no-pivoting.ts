// The diagonal entry is the pivot, even when it is 0.
function pivotRow(U: number[][], k: number, n: number): number {
  return k;
}

function isZeroPivot(pivot: number): boolean {
  return false;
}
