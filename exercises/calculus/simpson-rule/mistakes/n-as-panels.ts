export function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  if (!Number.isInteger(n) || n < 2 || n % 2 !== 0) throw new Error("n must be even");
  // n read as the number of parabolas: 2n subintervals.
  const m = 2 * n;
  const h = (b - a) / m;
  let sum = f(a) + f(b);
  for (let i = 1; i < m; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}
