/** Transpose of an m x n matrix: a new n x m matrix with T[j][i] = A[i][j]. [] gives []; ragged rows throw. */
export function transpose(A: number[][]): number[][] {
  const rows = A.length;
  if (rows === 0) return [];
  return transposed(A, rows, rowLength(A));
}

/** The common length of the rows of a non-empty A; throws on ragged rows. */
function rowLength(A: number[][]): number {
  const cols = A[0].length;
  for (let i = 1; i < A.length; i++) {
    if (A[i].length !== cols) throw new Error(`transpose: row ${i} has ${A[i].length} entries, row 0 has ${cols}`);
  }
  return cols;
}

/** A new cols x rows matrix whose row j is column j of A. */
function transposed(A: number[][], rows: number, cols: number): number[][] {
  const T: number[][] = [];
  for (let j = 0; j < cols; j++) {
    const row = new Array<number>(rows);
    for (let i = 0; i < rows; i++) row[i] = A[i][j];
    T.push(row);
  }
  return T;
}
