/** Transpose of an m x n matrix: a new n x m matrix with T[j][i] = A[i][j]. [] gives []; ragged rows throw. */
export function transpose(A: number[][]): number[][] {
  const rows = A.length;
  if (rows === 0) return [];
  const cols = A[0].length;
  for (let i = 1; i < rows; i++) {
    if (A[i].length !== cols) throw new Error(`transpose: row ${i} has ${A[i].length} entries, row 0 has ${cols}`);
  }
  const T: number[][] = [];
  for (let j = 0; j < cols; j++) {
    const row = new Array<number>(rows);
    for (let i = 0; i < rows; i++) row[i] = A[i][j];
    T.push(row);
  }
  return T;
}
