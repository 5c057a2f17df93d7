function image(M: number[][], p: number[]): number[] {
  const q = p.slice();
  // q[0] is overwritten before q[1] is computed from it
  for (let r = 0; r < M.length; r++) {
    let sum = 0;
    for (let c = 0; c < M[r].length; c++) sum += M[r][c] * q[c];
    q[r] = sum;
  }
  return q.slice(0, M.length);
}
