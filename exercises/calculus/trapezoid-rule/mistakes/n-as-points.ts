// n read as the number of sample points: n - 1 subintervals.
export function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  checkN(n);
  const h = (b - a) / (n - 1);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (i === 0 || i === n - 1 ? 0.5 : 1) * f(a + i * h);
  return sum * h;
}
