function singularThreshold(A: number[][]): number {
  return 1e-12;
}

// Clears the column below the pivot only: the left block ends upper triangular, not I.
function eliminateColumn(M: number[][], k: number, n: number): void {
  const pivot = M[k][k];
  for (let j = 0; j < 2 * n; j++) M[k][j] /= pivot;
  for (let i = k + 1; i < n; i++) {
    const factor = M[i][k];
    for (let j = 0; j < 2 * n; j++) M[i][j] -= factor * M[k][j];
  }
}
