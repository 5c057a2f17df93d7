/**
 * Composite trapezoidal rule with n equal subintervals: h (f(x_0)/2 + f(x_1) + ... + f(x_{n-1}) + f(x_n)/2),
 * h = (b - a)/n, x_i = a + i h (computed from i, so no rounding drift builds up). a > b gives the
 * signed integral, a = b gives 0.
 */
export function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  checkN(n);
  const h = (b - a) / n;
  return sampleSum(f, a, b, n, h) * h;
}

function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`trapezoid: n must be a positive integer, got ${n}`);
}

/** The weighted samples f(a)/2 + f(x_1) + ... + f(x_{n-1}) + f(b)/2, with x_i = a + i h. */
function sampleSum(f: (x: number) => number, a: number, b: number, n: number, h: number): number {
  let sum = (f(a) + f(b)) / 2;
  for (let i = 1; i < n; i++) sum += f(a + i * h);
  return sum;
}
