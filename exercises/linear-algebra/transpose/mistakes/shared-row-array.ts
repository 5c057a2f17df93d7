function transposed(A: number[][], rows: number, cols: number): number[][] {
  // fill() puts the same array object in every slot
  const T: number[][] = new Array(cols).fill(new Array(rows));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) T[j][i] = A[i][j];
  }
  return T;
}
