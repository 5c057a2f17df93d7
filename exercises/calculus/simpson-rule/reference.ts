/**
 * Composite Simpson's rule with n (even) subintervals: h/3 [f_0 + 4 f_1 + 2 f_2 + ... + 4 f_{n-1} + f_n],
 * h = (b - a)/n, x_i = a + i h. a > b gives the signed integral, a = b gives 0.
 */
export function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  if (!Number.isInteger(n) || n < 2 || n % 2 !== 0) {
    throw new Error(`simpson: n must be a positive even integer, got ${n}`);
  }
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}
