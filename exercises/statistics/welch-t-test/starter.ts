/** Two-sided Welch t-test of H0: mean(a) = mean(b), without assuming equal variances. */
export function welchTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  // Your code here. The CDF of Student's t is given (see the Given tab under the editor): studentTCdf(t, df), any df > 0.
  return { t: 0, df: 0, p: 0 };
}
