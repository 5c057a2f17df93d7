export function covarianceMatrix(X: number[][]): number[][] {
  // Each row treated as one variable and each column as one observation (np.cov's default).
  const obs = X.length === 0 ? 0 : X[0].length;
  if (X.some((row) => row.length !== obs)) throw new Error("bad shape");
  const columns = Array.from({ length: obs }, (_, t) => X.map((row) => row[t]));
  const { n, d } = checkShape(columns);
  return crossProducts(centred(columns, columnMeans(columns, n, d)), n, d);
}
