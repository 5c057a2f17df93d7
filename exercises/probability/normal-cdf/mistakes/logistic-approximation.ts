// The logistic approximation 1 / (1 + e^(-1.702 z)): off by up to 0.01.
function standardNormalCdf(z: number): number {
  return 1 / (1 + Math.exp(-1.702 * z));
}
