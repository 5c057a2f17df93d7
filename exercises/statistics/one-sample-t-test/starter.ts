/** Two-sided one-sample t-test of H0: mean = mu0; returns the statistic, its df and the p value. */
export function tTestOneSample(x: number[], mu0: number): { t: number; df: number; p: number } {
  // Your code here. The CDF of Student's t is given (see the Given tab under the editor): studentTCdf(t, df).
  return { t: 0, df: 0, p: 0 };
}
