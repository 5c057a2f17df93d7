/**
 * Rank by Gaussian elimination with complete pivoting: each step takes the largest remaining
 * |entry| as the pivot; the rank is the number of pivots that exceed tol
 * (default 1e-10 times the largest absolute entry of A).
 */
export function rank(A: number[][], tol?: number): number {
  const m = A.length;
  const n = m === 0 ? 0 : A[0].length;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n) throw new Error(`rank: ragged matrix (rows of length ${n} and ${Array.isArray(row) ? row.length : "?"})`);
  }
  let largest = 0;
  for (const row of A) for (const value of row) largest = Math.max(largest, Math.abs(value));
  const threshold = tol === undefined ? 1e-10 * largest : tol;

  const U = A.map((row) => row.slice());
  const cols = Array.from({ length: n }, (_, j) => j);
  let r = 0;
  while (r < Math.min(m, n)) {
    // Complete pivoting: the largest |entry| of the remaining (m - r) x (n - r) block.
    let pi = r;
    let pj = r;
    for (let i = r; i < m; i++) {
      for (let j = r; j < n; j++) if (Math.abs(U[i][cols[j]]) > Math.abs(U[pi][cols[pj]])) {
        pi = i;
        pj = j;
      }
    }
    const pivot = U[pi][cols[pj]];
    if (!(Math.abs(pivot) > threshold)) break; // every remaining entry is at most tol
    [U[r], U[pi]] = [U[pi], U[r]];
    [cols[r], cols[pj]] = [cols[pj], cols[r]];
    for (let i = r + 1; i < m; i++) {
      const factor = U[i][cols[r]] / pivot;
      if (factor === 0) continue;
      for (let j = r; j < n; j++) U[i][cols[j]] -= factor * U[r][cols[j]];
    }
    r++;
  }
  return r;
}
