/** Gradient descent: x_{k+1} = x_k - lr * grad(x_k); returns the steps + 1 points x_0, ..., x_steps. */
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], lr: number, steps: number): number[][] {
  // Your code here.
  return [x0];
}
