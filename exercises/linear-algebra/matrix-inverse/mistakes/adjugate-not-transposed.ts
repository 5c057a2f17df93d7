// inverse = adj(A) / det(A), but with the cofactor matrix itself instead of its transpose.
export function inverse(A: number[][]): number[][] {
  const n = checkSquare(A);
  const d = det(A, true);
  if (n === 1) return [[1 / A[0][0]]];
  return A.map((row, i) =>
    row.map((_, j) => {
      const minor = A.filter((_, r) => r !== i).map((r) => r.filter((_, c) => c !== j));
      const cofactor = ((i + j) % 2 === 0 ? 1 : -1) * det(minor, false);
      return cofactor / d;
    }),
  );
}

function det(A: number[][], checkSingular: boolean): number {
  const n = A.length;
  const U = A.map((row) => [...row]);
  let result = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i][k]) > Math.abs(U[p][k])) p = i;
    if (Math.abs(U[p][k]) < 1e-12) {
      if (checkSingular) throw new Error("singular matrix");
      if (U[p][k] === 0) return 0;
    }
    if (p !== k) {
      [U[k], U[p]] = [U[p], U[k]];
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
