import { simpsonWeight } from "../reference-steps";

/**
 * Composite Simpson's rule with n (even) subintervals: h/3 [f_0 + 4 f_1 + 2 f_2 + ... + 4 f_{n-1} + f_n],
 * h = (b - a)/n, x_i = a + i h. a > b gives the signed integral, a = b gives 0.
 */
export function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  checkEvenN(n);
  const h = (b - a) / n;
  return (weightedSum(f, a, b, n, h) * h) / 3;
}

function checkEvenN(n: number): void {
  if (!Number.isInteger(n) || n < 2 || n % 2 !== 0) {
    throw new Error(`simpson: n must be a positive even integer, got ${n}`);
  }
}

/** f_0 + 4 f_1 + 2 f_2 + ... + 4 f_{n-1} + f_n, with f_i = f(a + i h). */
function weightedSum(f: (x: number) => number, a: number, b: number, n: number, h: number): number {
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += simpsonWeight(i) * f(a + i * h);
  return sum;
}
