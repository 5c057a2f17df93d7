/** Two-sided one-proportion z-test of H0: p = p0, given `successes` out of `n` trials. */
export function proportionZTest(successes: number, n: number, p0: number): { z: number; p: number } {
  // Your code here. The standard normal CDF is given (see the Given tab under the editor): normalCdf(z).
  return { z: 0, p: 0 };
}
