// M P^T: one row per output coordinate, one column per point
export function applyTransform(M: number[][], points: number[][]): number[][] {
  checkArguments(M, points);
  return M.map((row) => points.map((p) => row.reduce((sum, x, c) => sum + x * p[c], 0)));
}
