// p M (row vector times M) instead of M p
function image(M: number[][], p: number[]): number[] {
  return M[0].map((_, r) => p.reduce((sum, x, c) => sum + x * M[c][r], 0));
}
