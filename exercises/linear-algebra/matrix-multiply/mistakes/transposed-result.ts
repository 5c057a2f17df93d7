// C[j][i] = (A B)[i][j]: an m x n result.
export function matmul(A: number[][], B: number[][]): number[][] {
  const { n, k, m } = checkShapes(A, B);
  return Array.from({ length: m }, (_, j) => Array.from({ length: n }, (_, i) => entry(A, B, i, j, k)));
}
