export function applyTransform(M: number[][], points: number[][]): number[][] {
  checkShapes(M, points);
  // p M (row vector times M) instead of M p
  return points.map((p) => M[0].map((_, r) => p.reduce((sum, x, c) => sum + x * M[c][r], 0)));
}

function checkShapes(M: number[][], points: number[][]): void {
  if (M.length === 0 || M[0].length === 0) throw new Error("empty matrix");
  for (const row of M) if (row.length !== M[0].length) throw new Error("ragged matrix");
  for (const p of points) if (p.length !== M[0].length) throw new Error("point of the wrong dimension");
}
