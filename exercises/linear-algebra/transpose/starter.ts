/** Transpose: the rows of A become the columns of the result, T[j][i] = A[i][j]. */
export function transpose(A: number[][]): number[][] {
  // Your code here.
  return A;
}
