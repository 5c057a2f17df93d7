/** E[g(X)] for a density pdf: the integral of pdf(x) g(x) over [a, b] by Simpson's rule with n subintervals. */
export function expectedValue(pdf: (x: number) => number, g: (x: number) => number, a: number, b: number, n: number): number {
  // Your code here.
  return 0;
}
