/**
 * Applies the linear map x -> M x (M is m x n) to every point (each of length n): the result
 * has one row of length m per point, in order. Equivalent to points M^T. Throws when a point's
 * length differs from the number of columns of M, and when M has no rows or ragged rows.
 */
export function applyTransform(M: number[][], points: number[][]): number[][] {
  const m = M.length;
  if (m === 0) throw new Error("applyTransform: M has no rows");
  const n = M[0].length;
  for (let r = 1; r < m; r++) {
    if (M[r].length !== n) throw new Error(`applyTransform: row ${r} of M has ${M[r].length} entries, row 0 has ${n}`);
  }
  return points.map((p, index) => {
    if (p.length !== n) throw new Error(`applyTransform: point ${index} has ${p.length} coordinates, M expects ${n}`);
    const image = new Array<number>(m);
    for (let r = 0; r < m; r++) {
      let sum = 0;
      for (let c = 0; c < n; c++) sum += M[r][c] * p[c];
      image[r] = sum;
    }
    return image;
  });
}
