export function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  checkEvenN(n);
  const h = (b - a) / n;
  return (weightedSum(f, a, b, n, h) * h) / 6;
}
