export function applyTransform(M: number[][], points: number[][]): number[][] {
  if (points.length === 0) throw new Error("no points to transform");
  if (M.length === 0 || M[0].length === 0) throw new Error("empty matrix");
  for (const row of M) if (row.length !== M[0].length) throw new Error("ragged matrix");
  for (const p of points) if (p.length !== M[0].length) throw new Error("point of the wrong dimension");
  return points.map((p) => M.map((row) => row.reduce((sum, x, c) => sum + x * p[c], 0)));
}
