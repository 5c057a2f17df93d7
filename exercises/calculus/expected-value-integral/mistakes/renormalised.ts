export function expectedValue(pdf: (x: number) => number, g: (x: number) => number, a: number, b: number, n: number): number {
  if (!Number.isInteger(n) || n < 2 || n % 2 !== 0) throw new Error("n must be a positive even integer");
  return simpson((x) => pdf(x) * g(x), a, b, n) / simpson(pdf, a, b, n);
}

function simpson(w: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let sum = w(a) + w(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * w(a + i * h);
  return (sum * h) / 3;
}
