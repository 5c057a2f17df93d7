// A one-sided p value: the tail beyond |t| on one side only.
function twoSidedP(t: number, df: number): number {
  return 1 - studentTCdf(Math.abs(t), df);
}
