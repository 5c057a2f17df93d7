/** Mean binary cross-entropy of 0/1 labels and predicted probabilities, clipped to [eps, 1 - eps]. */
export function binaryCrossEntropy(yTrue: number[], yProb: number[], eps: number = 1e-12): number {
  // Your code here.
  return 0;
}
