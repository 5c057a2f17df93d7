/**
 * Composite trapezoidal rule with n equal subintervals: h (f(x_0)/2 + f(x_1) + ... + f(x_{n-1}) + f(x_n)/2),
 * h = (b - a)/n, x_i = a + i h (computed from i, so no rounding drift builds up). a > b gives the
 * signed integral, a = b gives 0.
 */
export function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`trapezoid: n must be a positive integer, got ${n}`);
  const h = (b - a) / n;
  let sum = (f(a) + f(b)) / 2;
  for (let i = 1; i < n; i++) sum += f(a + i * h);
  return sum * h;
}
