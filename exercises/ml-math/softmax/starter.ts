/** Softmax: turns logits z into probabilities that are positive and sum to 1. */
export function softmax(z: number[]): number[] {
  // Your code here.
  return z;
}
