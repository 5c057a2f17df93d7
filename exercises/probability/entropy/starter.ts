/** Shannon entropy H(p) = -sum p_i log_base(p_i), with 0 log 0 = 0 and the natural log by default. */
export function entropy(p: number[], base: number = Math.E): number {
  // Your code here.
  return 0;
}
