// Abramowitz and Stegun 7.1.25 for erf: |error| <= 2.5e-5.
function standardNormalCdf(z: number): number {
  const t = z / Math.SQRT2;
  const a = Math.abs(t);
  const k = 1 / (1 + 0.47047 * a);
  const erfAbs = 1 - (0.3480242 * k - 0.0958798 * k * k + 0.7478556 * k * k * k) * Math.exp(-a * a);
  return 0.5 * (1 + (t < 0 ? -erfAbs : erfAbs));
}
