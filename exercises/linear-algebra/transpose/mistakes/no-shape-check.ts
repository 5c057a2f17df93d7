function rowLength(A: number[][]): number {
  return A[0].length;
}
