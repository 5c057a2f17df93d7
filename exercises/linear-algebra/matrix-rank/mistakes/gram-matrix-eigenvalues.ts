// Singular values computed as the square roots of the eigenvalues of A^T A (Jacobi eigenvalue method).
export function rank(A: number[][], tol?: number): number {
  const n = checkRectangular(A);
  const threshold = pivotThreshold(A, tol);
  const G = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => A.reduce((s, row) => s + row[i] * row[j], 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += G[i][j] ** 2;
    if (off < 1e-300) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (G[p][q] === 0) continue;
        const theta = (G[q][q] - G[p][p]) / (2 * G[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const gkp = G[k][p];
          const gkq = G[k][q];
          G[k][p] = c * gkp - s * gkq;
          G[k][q] = s * gkp + c * gkq;
        }
        for (let k = 0; k < n; k++) {
          const gpk = G[p][k];
          const gqk = G[q][k];
          G[p][k] = c * gpk - s * gqk;
          G[q][k] = s * gpk + c * gqk;
        }
      }
    }
  }
  let r = 0;
  for (let i = 0; i < n; i++) if (Math.sqrt(Math.max(G[i][i], 0)) > threshold) r++;
  return r;
}
