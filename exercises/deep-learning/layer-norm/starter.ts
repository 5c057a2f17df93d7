/** Layer normalisation: standardise each row (population variance, eps inside the square root), then gamma * x_hat + beta per column. */
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  // Your code here.
  return x;
}
