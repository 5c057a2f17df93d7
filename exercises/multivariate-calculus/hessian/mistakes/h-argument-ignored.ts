// The step argument is checked but never used: always the default 1e-4.
export function hessian(f: (x: number[]) => number, x: number[], h?: number): number[][] {
  if (h !== undefined) checkStep(h);
  return finiteDifferenceHessian(f, x, 1e-4);
}
