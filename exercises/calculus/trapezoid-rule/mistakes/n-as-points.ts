export function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
  const h = (b - a) / (n - 1);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const weight = i === 0 || i === n - 1 ? 0.5 : 1;
    sum += weight * f(a + i * h);
  }
  return sum * h;
}
