// Divides the central difference by h instead of 2h.
function partialDerivatives(f: (x: number[]) => number[], x: number[], j: number, h: number): number[] {
  const forward = x.slice();
  const backward = x.slice();
  forward[j] = x[j] + h;
  backward[j] = x[j] - h;
  const fp = f(forward);
  const fm = f(backward);
  return fp.map((value, i) => (value - fm[i]) / h);
}
