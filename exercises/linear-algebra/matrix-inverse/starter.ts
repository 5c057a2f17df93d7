/** Inverse of a square matrix by Gauss-Jordan elimination with partial pivoting; throws if A is singular (|pivot| < 1e-12) or not square. */
export function inverse(A: number[][]): number[][] {
  // Your code here.
  return A.map((row) => row.slice());
}
