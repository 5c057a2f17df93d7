/** Equal-width histogram of x over [min, max]: bins + 1 edges and bins counts, the last bin closed (numpy). */
export function histogram(x: number[], bins: number): { edges: number[]; counts: number[] } {
  // Your code here.
  return { edges: [], counts: [] };
}
