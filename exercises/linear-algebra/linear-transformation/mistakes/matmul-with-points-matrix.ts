// M times the points matrix as it is stored (points as rows, not columns)
export function applyTransform(M: number[][], points: number[][]): number[][] {
  checkArguments(M, points);
  if (points.length !== M[0].length) throw new Error("inner dimensions do not match");
  if (points.length === 0) return [];
  return M.map((row) => points[0].map((_, j) => row.reduce((sum, x, c) => sum + x * points[c][j], 0)));
}
