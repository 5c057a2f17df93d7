/**
 * Rank by Gaussian elimination with complete pivoting: each step takes the largest remaining
 * |entry| as the pivot; the rank is the number of pivots that exceed tol
 * (default 1e-10 times the largest absolute entry of A).
 */
export function rank(A: number[][], tol?: number): number {
  const n = checkRectangular(A);
  const threshold = pivotThreshold(A, tol);
  return countPivots(
    A.map((row) => row.slice()),
    A.length,
    n,
    threshold,
  );
}

/** The common row length n (0 for an empty matrix); throws on a ragged matrix. */
function checkRectangular(A: number[][]): number {
  const n = A.length === 0 ? 0 : A[0].length;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n) throw new Error(`rank: ragged matrix (rows of length ${n} and ${Array.isArray(row) ? row.length : "?"})`);
  }
  return n;
}

/** The largest absolute entry of A (0 for an empty matrix). */
function largestAbsEntry(A: number[][]): number {
  let largest = 0;
  for (const row of A) for (const value of row) largest = Math.max(largest, Math.abs(value));
  return largest;
}

/** Pivots at most this large count as zero: tol, or by default 1e-10 times the largest |entry|. */
function pivotThreshold(A: number[][], tol: number | undefined): number {
  const largest = largestAbsEntry(A);
  return tol === undefined ? 1e-10 * largest : tol;
}

/** Whether a pivot counts: its size strictly exceeds the threshold. */
function isNonZeroPivot(pivot: number, threshold: number): boolean {
  return Math.abs(pivot) > threshold;
}

/** Eliminates U (m x n, changed in place) with complete pivoting; the number of pivots that count. */
function countPivots(U: number[][], m: number, n: number, threshold: number): number {
  const cols = Array.from({ length: n }, (_, j) => j);
  let r = 0;
  while (r < Math.min(m, n)) {
    // Complete pivoting: the largest |entry| of the remaining (m - r) x (n - r) block.
    let pi = r;
    let pj = r;
    for (let i = r; i < m; i++) {
      for (let j = r; j < n; j++)
        if (Math.abs(U[i][cols[j]]) > Math.abs(U[pi][cols[pj]])) {
          pi = i;
          pj = j;
        }
    }
    const pivot = U[pi][cols[pj]];
    if (!isNonZeroPivot(pivot, threshold)) break; // every remaining entry is at most tol
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
