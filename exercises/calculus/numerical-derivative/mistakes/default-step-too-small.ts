export function derivative(f: (x: number) => number, x: number, h: number = 1e-8): number {
  if (!(h > 0)) throw new Error("h must be positive");
  return (f(x + h) - f(x - h)) / (2 * h);
}
