/** Soft thresholding, element-wise: sign(w) max(|w| - lambda, 0); lambda >= 0. */
export function softThreshold(w: number[], lambda: number): number[] {
  if (!(lambda >= 0)) throw new Error(`softThreshold: lambda must be >= 0, got ${lambda}`);
  return w.map((value) => {
    if (value > lambda) return value - lambda;
    if (value < -lambda) return value + lambda;
    return 0;
  });
}
