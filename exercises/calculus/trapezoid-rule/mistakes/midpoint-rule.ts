export function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
  const h = (b - a) / n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(a + (i + 0.5) * h);
  return sum * h;
}
