/**
 * E[g(X)] ~ integral over [a, b] of pdf(x) g(x) by composite Simpson with n (even) subintervals.
 * The pdf is used as given: no division by its own integral over [a, b].
 */
export function expectedValue(
  pdf: (x: number) => number,
  g: (x: number) => number,
  a: number,
  b: number,
  n: number,
): number {
  if (!Number.isInteger(n) || n < 2 || n % 2 !== 0) {
    throw new Error(`expectedValue: n must be a positive even integer (Simpson's rule), got ${n}`);
  }
  const integrand = (x: number) => pdf(x) * g(x);
  const h = (b - a) / n;
  let sum = integrand(a) + integrand(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * integrand(a + i * h);
  return (sum * h) / 3;
}
