function check(X: number[][], y: number[], lambda: number): void {
  if (!(lambda >= 0)) throw new Error("lambda must be >= 0");
  if (X.length === 0 || y.length !== X.length) throw new Error("bad shapes");
  if (X.some((row) => row.length !== X[0].length)) throw new Error("ragged X");
}

function solve(M: number[][], v: number[]): number[] {
  const p = v.length;
  const A = M.map((row, i) => [...row, v[i]]);
  const scale = Math.max(0, ...M.map((row, i) => row[i]));
  for (let k = 0; k < p; k++) {
    let best = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(A[i][k]) > Math.abs(A[best][k])) best = i;
    if (!(Math.abs(A[best][k]) > 1e-10 * scale)) throw new Error("singular");
    [A[k], A[best]] = [A[best], A[k]];
    for (let i = k + 1; i < p; i++) {
      const f = A[i][k] / A[k][k];
      for (let j = k; j <= p; j++) A[i][j] -= f * A[k][j];
    }
  }
  const x = new Array(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let s = A[k][p];
    for (let j = k + 1; j < p; j++) s -= A[k][j] * x[j];
    x[k] = s / A[k][k];
  }
  return x;
}

function gram(A: number[][], y: number[]): { M: number[][]; v: number[] } {
  const p = A[0].length;
  const M = Array.from({ length: p }, (_, r) => Array.from({ length: p }, (_, c) => A.reduce((s, row) => s + row[r] * row[c], 0)));
  const v = Array.from({ length: p }, (_, r) => A.reduce((s, row, i) => s + row[r] * y[i], 0));
  return { M, v };
}

export function fitRidge(X: number[][], y: number[], lambda: number) {
  check(X, y, lambda);
  const d = X[0].length;
  if (d === 0) return { weights: [], bias: 0 };
  const { M, v } = gram(X, y);
  for (let j = 0; j < d; j++) M[j][j] += lambda;
  return { weights: solve(M, v), bias: 0 };
}
