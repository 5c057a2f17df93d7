/** Mean categorical cross-entropy of one-hot rows yTrue and probability rows yProb, clipped to [eps, 1 - eps]. */
export function crossEntropy(yTrue: number[][], yProb: number[][], eps: number = 1e-12): number {
  // Your code here.
  return 0;
}
