export function secondDerivative(f: (x: number) => number, x: number, h: number = 1e-4): number {
  if (!(h > 0)) throw new Error("h must be positive");
  const step = 1e-4;
  return (f(x + step) - 2 * f(x) + f(x - step)) / (step * step);
}
