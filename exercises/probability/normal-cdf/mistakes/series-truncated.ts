// The Maclaurin series of erf cut after 20 terms: it diverges numerically for |z| beyond about 3.
function standardNormalCdf(z: number): number {
  const t = z / Math.SQRT2;
  let term = t;
  let sum = t;
  for (let n = 1; n < 20; n++) {
    term *= (-t * t) / n;
    sum += term / (2 * n + 1);
  }
  return 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * sum);
}
