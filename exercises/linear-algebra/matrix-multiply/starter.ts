/** Matrix product C = A B of an (n x k) and a (k x m) matrix; throws on mismatched shapes. */
export function matmul(A: number[][], B: number[][]): number[][] {
  // Your code here.
  return A.map((row) => row.map(() => 0));
}
