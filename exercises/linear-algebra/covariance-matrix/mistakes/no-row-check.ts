export function covarianceMatrix(X: number[][]): number[][] {
  const n = X.length;
  if (n === 0) throw new Error("no rows");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("bad shape");
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const C: number[][] = [];
  for (let j = 0; j < d; j++) {
    C.push([]);
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += (X[i][j] - mean[j]) * (X[i][k] - mean[k]);
      C[j].push(s / (n - 1));
    }
  }
  return C;
}
