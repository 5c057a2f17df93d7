export function derivative(f: (x: number) => number, x: number, h: number = 1e-5): number {
  if (!(h > 0)) throw new Error("h must be positive");
  const step = 1e-5;
  return (f(x + step) - f(x - step)) / (2 * step);
}
