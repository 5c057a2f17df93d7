/** Determinant of a square matrix by Gaussian elimination with partial pivoting; throws if A is not square. */
export function det(A: number[][]): number {
  // Your code here.
  return 0;
}
