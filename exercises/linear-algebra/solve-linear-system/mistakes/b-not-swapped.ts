function swapRows(U: number[][], y: number[], k: number, p: number): void {
  [U[k], U[p]] = [U[p], U[k]];
}
