export function det(A: number[][]): number {
  const n = A.length;
  if (A.some((row) => row.length !== n)) throw new Error("not square");
  const U = A.map((row) => [...row]);
  let result = 1;
  for (let k = 0; k < n; k++) {
    if (U[k][k] === 0) {
      let p = k + 1;
      while (p < n && U[p][k] === 0) p++;
      if (p === n) return 0;
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
