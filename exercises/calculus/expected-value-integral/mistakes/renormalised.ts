export function expectedValue(pdf: (x: number) => number, g: (x: number) => number, a: number, b: number, n: number): number {
  checkEvenN(n);
  return simpson((x) => pdf(x) * g(x), a, b, n) / simpson(pdf, a, b, n);
}
