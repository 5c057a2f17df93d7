/**
 * Applies the linear map x -> M x (M is m x n) to every point (each of length n): the result
 * has one row of length m per point, in order. Equivalent to points M^T. Throws when a point's
 * length differs from the number of columns of M, and when M has no rows or ragged rows.
 */
export function applyTransform(M: number[][], points: number[][]): number[][] {
  checkArguments(M, points);
  return points.map((p) => image(M, p));
}

/** Throws when M has no rows or ragged rows, or when a point's length is not M's number of columns. */
function checkArguments(M: number[][], points: number[][]): void {
  if (M.length === 0) throw new Error("applyTransform: M has no rows");
  const n = M[0].length;
  for (let r = 1; r < M.length; r++) {
    if (M[r].length !== n) throw new Error(`applyTransform: row ${r} of M has ${M[r].length} entries, row 0 has ${n}`);
  }
  points.forEach((p, index) => {
    if (p.length !== n) throw new Error(`applyTransform: point ${index} has ${p.length} coordinates, M expects ${n}`);
  });
}

/** M p: entry r is row r of M dotted with the point. */
function image(M: number[][], p: number[]): number[] {
  const result = new Array<number>(M.length);
  for (let r = 0; r < M.length; r++) {
    let sum = 0;
    for (let c = 0; c < p.length; c++) sum += M[r][c] * p[c];
    result[r] = sum;
  }
  return result;
}
