/** Batch normalisation (training mode): standardise each column with the batch mean and population variance (eps inside the square root), then gamma * x_hat + beta. */
export function batchNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  // Your code here.
  return x;
}
