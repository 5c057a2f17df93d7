/** Vector norm: p = 1 sums |v_i|, p = 2 (default) is the Euclidean length, p = 'inf' is max |v_i|. */
export function norm(v: number[], p: 1 | 2 | "inf" = 2): number {
  // Your code here.
  return 0;
}
