function checkShapes(A: number[][], B: number[][]): { n: number; k: number; m: number } {
  return { n: A.length, k: A[0].length, m: B[0].length };
}
