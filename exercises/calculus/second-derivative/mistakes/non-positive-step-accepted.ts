export function secondDerivative(f: (x: number) => number, x: number, h: number = 1e-4): number {
  return (f(x + h) - 2 * f(x) + f(x - h)) / (h * h);
}
