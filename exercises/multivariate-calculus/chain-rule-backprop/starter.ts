/** Backward pass of the dense layer Y = X W + b: gradients of the loss with respect to X, W and b. */
export function denseBackward(X: number[][], W: number[][], b: number[], dOut: number[][]): { dX: number[][]; dW: number[][]; db: number[] } {
  // Your code here.
  return { dX: X, dW: W, db: b };
}
