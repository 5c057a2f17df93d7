import { simpsonWeight } from "../reference-steps";

/**
 * E[g(X)] ~ integral over [a, b] of pdf(x) g(x) by composite Simpson with n (even) subintervals.
 * The pdf is used as given: no division by its own integral over [a, b].
 */
export function expectedValue(pdf: (x: number) => number, g: (x: number) => number, a: number, b: number, n: number): number {
  checkEvenN(n);
  return simpson((x: number) => pdf(x) * g(x), a, b, n);
}

function checkEvenN(n: number): void {
  if (!Number.isInteger(n) || n < 2 || n % 2 !== 0) {
    throw new Error(`expectedValue: n must be a positive even integer (Simpson's rule), got ${n}`);
  }
}

/** Composite Simpson's rule for w over [a, b] with n subintervals of width h: (h / 3) sum of weight x w. */
function simpson(w: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let sum = w(a) + w(b);
  for (let i = 1; i < n; i++) sum += simpsonWeight(i) * w(a + i * h);
  return (sum * h) / 3;
}
