/** Soft thresholding sign(w) max(|w| - lambda, 0) of every entry: the proximal operator of lambda ||w||_1. */
export function softThreshold(w: number[], lambda: number): number[] {
  // Your code here.
  return w.slice();
}
