export function applyTransform(M: number[][], points: number[][]): number[][] {
  checkShapes(M, points);
  // M P^T: one row per output coordinate, one column per point
  return M.map((row) => points.map((p) => row.reduce((sum, x, c) => sum + x * p[c], 0)));
}

function checkShapes(M: number[][], points: number[][]): void {
  if (M.length === 0 || M[0].length === 0) throw new Error("empty matrix");
  for (const row of M) if (row.length !== M[0].length) throw new Error("ragged matrix");
  for (const p of points) if (p.length !== M[0].length) throw new Error("point of the wrong dimension");
}
