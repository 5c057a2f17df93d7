export function inverse(A: number[][]): number[][] {
  const n = A.length;
  if (A.some((row) => row.length !== n)) throw new Error("not square");
  const M = A.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[p][k])) p = i;
    // the catalog's absolute threshold: right for entries of order 1, blind to the scale of A
    if (Math.abs(M[p][k]) < 1e-12) throw new Error("singular matrix");
    [M[k], M[p]] = [M[p], M[k]];
    const pivot = M[k][k];
    for (let j = 0; j < 2 * n; j++) M[k][j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const factor = M[i][k];
      for (let j = 0; j < 2 * n; j++) M[i][j] -= factor * M[k][j];
    }
  }
  return M.map((row) => row.slice(n));
}
