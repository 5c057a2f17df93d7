function covariance(X: number[][], n: number, d: number): number[][] {
  const column = (j: number) => X.map((row) => row[j]);
  return Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, l) => column(j).reduce((s, x, i) => s + x * X[i][l], 0) / (n - 1)));
}
