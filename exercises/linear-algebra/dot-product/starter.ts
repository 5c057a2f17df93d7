/** Dot product: the sum of the products a[i] * b[i]; throws when the lengths differ. */
export function dot(a: number[], b: number[]): number {
  // Your code here.
  return 0;
}
