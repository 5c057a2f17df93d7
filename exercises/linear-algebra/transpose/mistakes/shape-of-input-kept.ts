export function transpose(A: number[][]): number[][] {
  checkShape(A);
  if (A.length === 0) return [];
  // the result keeps the m x n shape of A
  return A.map((row, i) => row.map((_, j) => A[j][i]));
}

function checkShape(A: number[][]): void {
  for (const row of A) if (row.length !== A[0].length) throw new Error("ragged matrix");
}
