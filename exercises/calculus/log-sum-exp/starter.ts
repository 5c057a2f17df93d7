/** Log-sum-exp: log(exp(x_1) + ... + exp(x_n)), computed without overflow. */
export function logSumExp(x: number[]): number {
  // Your code here.
  return 0;
}
