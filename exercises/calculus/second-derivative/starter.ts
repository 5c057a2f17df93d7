/** Central-difference estimate of f''(x): (f(x + h) - 2 f(x) + f(x - h)) / h^2, default h = 1e-4. */
export function secondDerivative(f: (x: number) => number, x: number, h: number = 1e-4): number {
  // Your code here.
  return 0;
}
