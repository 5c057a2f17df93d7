// Normalises by the L1 norm Σ |v_i| instead of the Euclidean length.
function euclideanNorm(v: number[]): number {
  return v.reduce((s, value) => s + Math.abs(value), 0);
}
