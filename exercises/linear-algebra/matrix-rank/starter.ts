/** Rank of A: the number of pivots (or singular values) that exceed tol, by default 1e-10 times the largest absolute entry of A. */
export function rank(A: number[][], tol?: number): number {
  // Your code here.
  return Math.min(A.length, A.length === 0 ? 0 : A[0].length);
}
