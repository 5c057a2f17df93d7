// Penalises the mean squared error: (A^T A / n + lambda D) is n times this lambda on A^T A.
function penalise(M: number[][], d: number, lambda: number, n: number): void {
  for (let j = 0; j < d; j++) M[j][j] += lambda * n;
}
