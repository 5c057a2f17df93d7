// One-sided difference (f(x + h e_j) − f(x)) / h: the error is O(h), not O(h^2).
function partialDerivatives(f: (x: number[]) => number[], x: number[], j: number, h: number): number[] {
  const forward = x.slice();
  forward[j] = x[j] + h;
  const fx = f(x);
  return f(forward).map((value, i) => (value - fx[i]) / h);
}
