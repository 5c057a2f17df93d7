export function transpose(A: number[][]): number[][] {
  checkShape(A);
  // the result keeps the m x n shape of A
  return A.map((row, i) => row.map((_, j) => A[j][i]));
}

function checkShape(A: number[][]): void {
  if (A.length === 0 || A[0].length === 0) throw new Error("empty matrix");
  for (const row of A) if (row.length !== A[0].length) throw new Error("ragged matrix");
}
