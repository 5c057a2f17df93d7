export function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}
