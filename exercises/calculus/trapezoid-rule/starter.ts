/** Composite trapezoidal rule: the integral of f over [a, b] with n equal subintervals. */
export function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  // Your code here.
  return 0;
}
