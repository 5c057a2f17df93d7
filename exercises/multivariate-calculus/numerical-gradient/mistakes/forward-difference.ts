// One-sided difference (f(x + h e_i) − f(x)) / h: the error is O(h), not O(h^2).
function partialDerivative(f: (x: number[]) => number, x: number[], i: number, h: number): number {
  return (f(shifted(x, i, h)) - f(x.slice())) / h;
}
