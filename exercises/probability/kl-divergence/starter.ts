/** KL divergence D(p || q) = sum p_i (ln p_i - ln q_i): 0 where p_i = 0, Infinity where q_i = 0 < p_i. */
export function klDivergence(p: number[], q: number[]): number {
  // Your code here.
  return 0;
}
