// Divides the central difference by h instead of 2h.
function partialDerivative(f: (x: number[]) => number, x: number[], i: number, h: number): number {
  return (f(shifted(x, i, h)) - f(shifted(x, i, -h))) / h;
}
