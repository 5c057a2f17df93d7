export function minMaxScale(X: number[][]): number[][] {
  const { min, max } = columnBounds(X, X.length === 0 ? 0 : X[0].length);
  const mean = min.map((_, j) => X.reduce((sum, row) => sum + row[j], 0) / X.length);
  return X.map((row) => row.map((x, j) => (max[j] === min[j] ? 0 : (x - mean[j]) / (max[j] - min[j]))));
}
