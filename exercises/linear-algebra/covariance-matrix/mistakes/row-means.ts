export function covarianceMatrix(X: number[][]): number[][] {
  const n = X.length;
  if (n < 2) throw new Error("need at least 2 rows");
  const d = X[0].length;
  if (d === 0 || X.some((row) => row.length !== d)) throw new Error("bad shape");
  // Mean of each row (axis mix-up) subtracted from that row.
  const centred = X.map((row) => {
    const m = row.reduce((a, b) => a + b, 0) / d;
    return row.map((x) => x - m);
  });
  const C: number[][] = [];
  for (let j = 0; j < d; j++) {
    C.push([]);
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += centred[i][j] * centred[i][k];
      C[j].push(s / (n - 1));
    }
  }
  return C;
}
