export function covarianceMatrix(X: number[][]): number[][] {
  // Each row treated as one variable and each column as one observation (np.cov's default).
  const vars = X.length;
  if (vars === 0) throw new Error("no rows");
  const obs = X[0].length;
  if (X.some((row) => row.length !== obs)) throw new Error("bad shape");
  if (obs < 2) throw new Error("need at least 2 observations");
  const mean = X.map((row) => row.reduce((a, b) => a + b, 0) / obs);
  return X.map((a, i) =>
    X.map((b, j) => {
      let s = 0;
      for (let t = 0; t < obs; t++) s += (a[t] - mean[i]) * (b[t] - mean[j]);
      return s / (obs - 1);
    }),
  );
}
