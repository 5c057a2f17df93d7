export function applyTransform(M: number[][], points: number[][]): number[][] {
  checkShapes(M, points);
  // M times the points matrix as it is stored (points as rows, not columns)
  if (points.length !== M[0].length) throw new Error("inner dimensions do not match");
  if (points.length === 0) return [];
  return M.map((row) => points[0].map((_, j) => row.reduce((sum, x, c) => sum + x * points[c][j], 0)));
}

function checkShapes(M: number[][], points: number[][]): void {
  if (M.length === 0 || M[0].length === 0) throw new Error("empty matrix");
  for (const row of M) if (row.length !== M[0].length) throw new Error("ragged matrix");
  for (const p of points) if (p.length !== M[0].length) throw new Error("point of the wrong dimension");
}
