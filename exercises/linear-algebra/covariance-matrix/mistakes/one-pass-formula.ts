export function covarianceMatrix(X: number[][]): number[][] {
  const n = X.length;
  if (n < 2) throw new Error("need at least 2 rows");
  const d = X[0].length;
  if (d === 0 || X.some((row) => row.length !== d)) throw new Error("bad shape");
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  // cov = (sum x y - n mean_x mean_y) / (n - 1): one pass over the data, no centring.
  const C: number[][] = [];
  for (let j = 0; j < d; j++) {
    C.push([]);
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[i][j] * X[i][k];
      C[j].push((s - n * mean[j] * mean[k]) / (n - 1));
    }
  }
  return C;
}
