// The step argument is checked but never used: always the default 1e-5.
export function gradient(f: (x: number[]) => number, x: number[], h?: number): number[] {
  if (h !== undefined) checkStep(h);
  return x.map((xi, i) => partialDerivative(f, x, i, stepAt(xi, 1e-5)));
}
