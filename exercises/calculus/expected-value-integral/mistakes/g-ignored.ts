export function expectedValue(pdf: (x: number) => number, g: (x: number) => number, a: number, b: number, n: number): number {
  checkEvenN(n);
  return simpson((x) => x * pdf(x), a, b, n);
}
