export function secondDerivative(f: (x: number) => number, x: number, h: number = 1e-4): number {
  if (!(h > 0)) throw new Error("h must be positive");
  const d = (g: (t: number) => number, t: number) => (g(t + h) - g(t - h)) / (2 * h);
  return d((t) => d(f, t), x);
}
