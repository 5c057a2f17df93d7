export function normalCdf(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/** erf to about 1e-15: Maclaurin series for |t| < 2.5, continued fraction for erfc beyond. */
function erf(t: number): number {
  const a = Math.abs(t);
  let value: number;
  if (a < 2.5) {
    let term = a;
    let sum = a;
    for (let n = 1; n < 200; n++) {
      term *= (-a * a) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    value = (2 / Math.sqrt(Math.PI)) * sum;
  } else {
    let fraction = a;
    for (let n = 80; n >= 1; n--) fraction = a + n / 2 / fraction;
    value = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / fraction;
  }
  return t < 0 ? -value : value;
}
