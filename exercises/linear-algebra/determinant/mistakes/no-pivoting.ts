export function det(A: number[][]): number {
  const n = A.length;
  if (A.some((row) => row.length !== n)) throw new Error("not square");
  const U = A.map((row) => [...row]);
  let result = 1;
  for (let k = 0; k < n; k++) {
    result *= U[k][k];
    for (let i = k + 1; i < n; i++) {
      const factor = U[i][k] / U[k][k];
      for (let j = k; j < n; j++) U[i][j] -= factor * U[k][j];
    }
  }
  return result;
}
