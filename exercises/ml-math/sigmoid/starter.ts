/** Logistic sigmoid 1 / (1 + exp(-x)) of every entry, without overflow for |x| up to 1000. */
export function sigmoid(x: number[]): number[] {
  // Your code here.
  return x.map(() => 0);
}
