export function solve(A: number[][], b: number[]): number[] {
  const n = A.length;
  if (A.some((row) => row.length !== n) || b.length !== n) throw new Error("bad shapes");
  const U = A.map((row) => [...row]);
  const y = [...b];
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    // an absolute threshold: right for entries of order 1, blind to the scale of A
    if (Math.abs(U[p][k]) < 1e-12) throw new Error("singular matrix");
    [U[k], U[p]] = [U[p], U[k]];
    [y[k], y[p]] = [y[p], y[k]];
    for (let i = k + 1; i < n; i++) {
      const factor = U[i][k] / U[k][k];
      for (let j = k; j < n; j++) U[i][j] -= factor * U[k][j];
      y[i] -= factor * y[k];
    }
  }
  const x = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let j = i + 1; j < n; j++) sum -= U[i][j] * x[j];
    x[i] = sum / U[i][i];
  }
  return x;
}
