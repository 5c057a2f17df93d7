export function transpose(A: number[][]): number[][] {
  checkShape(A);
  if (A.length === 0) return [];
  const T = A.map((row) => row.slice());
  const n = T.length;
  // every pair (i, j) is visited twice, so every swap is undone
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const tmp = T[i][j];
      T[i][j] = T[j][i];
      T[j][i] = tmp;
    }
  }
  return T;
}

function checkShape(A: number[][]): void {
  for (const row of A) if (row.length !== A[0].length) throw new Error("ragged matrix");
}
