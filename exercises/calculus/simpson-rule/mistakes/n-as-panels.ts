export function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  checkEvenN(n);
  // n read as the number of parabolas: 2n subintervals.
  const m = 2 * n;
  const h = (b - a) / m;
  return (weightedSum(f, a, b, m, h) * h) / 3;
}
