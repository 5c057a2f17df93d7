export function det(A: number[][]): number {
  const n = A.length;
  if (A.some((row) => row.length !== n)) throw new Error("not square");
  const U = A.map((row) => [...row]);
  let result = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (Math.abs(U[p][k]) < 1e-12) throw new Error("matrix is singular");
    if (p !== k) {
      const tmp = U[k];
      U[k] = U[p];
      U[p] = tmp;
      result = -result;
    }
    result *= U[k][k];
    for (let i = k + 1; i < n; i++) {
      const factor = U[i][k] / U[k][k];
      for (let j = k; j < n; j++) U[i][j] -= factor * U[k][j];
    }
  }
  return result;
}
