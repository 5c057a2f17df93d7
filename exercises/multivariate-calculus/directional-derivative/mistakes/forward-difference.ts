// One-sided difference (f(x + h u) − f(x)) / h: the error is O(h), far above the tolerance.
function slopeAlong(f: (x: number[]) => number, x: number[], u: number[]): number {
  const h = 1e-5;
  return (f(x.map((value, i) => value + h * u[i])) - f(x)) / h;
}
