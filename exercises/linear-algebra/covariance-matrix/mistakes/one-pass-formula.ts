export function covarianceMatrix(X: number[][]): number[][] {
  const { n, d } = checkShape(X);
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  // cov = (sum x y - n mean_x mean_y) / (n - 1): one pass over the data, no centring.
  return mean.map((_, j) =>
    mean.map((_, k) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[i][j] * X[i][k];
      return (s - n * mean[j] * mean[k]) / (n - 1);
    }),
  );
}
