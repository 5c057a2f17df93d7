// The default step of a first-derivative gradient (1e-5): too small for a second difference.
export function hessian(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[][] {
  checkStep(h);
  return finiteDifferenceHessian(f, x, h);
}
