/** Mean squared error between the targets yTrue and the predictions yPred. */
export function mse(yTrue: number[], yPred: number[]): number {
  // Your code here.
  return 0;
}
