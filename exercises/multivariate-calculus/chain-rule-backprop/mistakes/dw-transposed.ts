// dOut^T X (k x d) instead of X^T dOut (d x k).
function weightGradient(X: number[][], dOut: number[][]): number[][] {
  return dOut[0].map((_, m) => X[0].map((_, j) => X.reduce((s, row, i) => s + dOut[i][m] * row[j], 0)));
}
