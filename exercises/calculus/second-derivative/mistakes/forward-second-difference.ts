export function secondDerivative(f: (x: number) => number, x: number, h: number = 1e-4): number {
  if (!(h > 0)) throw new Error("h must be positive");
  return (f(x + 2 * h) - 2 * f(x + h) + f(x)) / (h * h);
}
