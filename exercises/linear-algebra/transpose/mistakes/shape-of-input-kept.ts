// the result keeps the m x n shape of A
function transposed(A: number[][], rows: number, cols: number): number[][] {
  return A.map((row, i) => row.map((_, j) => A[j][i]));
}
