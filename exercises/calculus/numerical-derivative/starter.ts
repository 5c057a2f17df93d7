/** Central-difference estimate of f'(x): (f(x + h) - f(x - h)) / (2h), default h = 1e-5. */
export function derivative(f: (x: number) => number, x: number, h: number = 1e-5): number {
  // Your code here.
  return 0;
}
