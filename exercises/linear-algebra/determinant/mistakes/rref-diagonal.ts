// Reduces to reduced row echelon form and multiplies its diagonal (1s and 0s).
export function det(A: number[][]): number {
  const n = checkSquare(A);
  const R = A.map((row) => [...row]);
  for (let k = 0; k < n; k++) {
    const p = pivotRow(R, k, n);
    if (R[p][k] === 0) continue;
    [R[k], R[p]] = [R[p], R[k]];
    const pivot = R[k][k];
    for (let j = 0; j < n; j++) R[k][j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const factor = R[i][k];
      for (let j = 0; j < n; j++) R[i][j] -= factor * R[k][j];
    }
  }
  let result = 1;
  for (let k = 0; k < n; k++) result *= R[k][k];
  return result;
}
