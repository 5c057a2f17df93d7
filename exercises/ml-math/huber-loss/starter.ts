/** Mean Huber loss with threshold delta > 0: quadratic for small errors, linear for large ones. */
export function huber(yTrue: number[], yPred: number[], delta: number): number {
  // Your code here.
  return 0;
}
