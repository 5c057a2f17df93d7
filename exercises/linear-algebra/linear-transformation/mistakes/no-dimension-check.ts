export function applyTransform(M: number[][], points: number[][]): number[][] {
  return points.map((p) => M.map((row) => row.reduce((sum, x, c) => sum + x * p[c], 0)));
}
