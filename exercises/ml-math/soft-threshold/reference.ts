/** Soft thresholding, element-wise: sign(w) max(|w| - lambda, 0); lambda >= 0. */
export function softThreshold(w: number[], lambda: number): number[] {
  if (!(lambda >= 0)) throw new Error(`softThreshold: lambda must be >= 0, got ${lambda}`);
  return w.map((value) => shrunk(value, lambda));
}

/** One entry moved lambda towards 0, and 0 if it would cross it. */
function shrunk(value: number, lambda: number): number {
  if (value > lambda) return value - lambda;
  if (value < -lambda) return value + lambda;
  return 0;
}
