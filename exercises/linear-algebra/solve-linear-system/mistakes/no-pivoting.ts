function pivotRow(U: number[][], k: number, n: number): number {
  return k;
}

function isSingular(pivot: number, threshold: number): boolean {
  return false;
}
