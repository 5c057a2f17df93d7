/** Log-softmax: log(softmax(z)_i) = z_i - log(sum_j exp(z_j)), computed stably. */
export function logSoftmax(z: number[]): number[] {
  // Your code here.
  return z.map(() => 0);
}
