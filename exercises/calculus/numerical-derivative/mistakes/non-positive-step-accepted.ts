export function derivative(f: (x: number) => number, x: number, h: number = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}
