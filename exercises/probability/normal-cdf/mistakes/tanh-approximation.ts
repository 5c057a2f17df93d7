// The tanh approximation used by GELU.
function standardNormalCdf(z: number): number {
  return 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (z + 0.044715 * z * z * z)));
}
