// erf(z) where erf(z / sqrt 2) is needed: Phi(z) = (1 + erf(z / sqrt 2)) / 2.
function standardNormalCdf(z: number): number {
  return 0.5 * erfc(-z);
}
