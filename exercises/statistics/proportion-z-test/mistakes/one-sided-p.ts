// A one-sided p value: the tail beyond |z| on one side only.
function twoSidedP(z: number): number {
  return 1 - normalCdf(Math.abs(z));
}
