export function matmul(A: number[][], B: number[][]): number[][] {
  for (const M of [A, B]) {
    if (M.length === 0 || M[0].length === 0) throw new Error("empty matrix");
    if (M.some((row) => row.length !== M[0].length)) throw new Error("ragged matrix");
  }
  if (A.length !== B.length || A[0].length !== B[0].length) throw new Error("shapes differ");
  return A.map((row, i) => row.map((value, j) => value * B[i][j]));
}
