/** Composite Simpson's rule: the integral of f over [a, b] with n (even) subintervals. */
export function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  // Your code here.
  return 0;
}
