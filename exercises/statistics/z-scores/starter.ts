/** Standard scores (x_i - mean) / std of a sample, with the population std (divide by n). */
export function zScores(x: number[]): number[] {
  // Your code here.
  return x;
}
