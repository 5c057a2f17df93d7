/**
 * CDF of N(mu, sigma^2): Phi(z) = erfc(-z / sqrt 2) / 2 with z = (x - mu) / sigma.
 *
 * erfc uses W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations
 * for the error function", Math. Comp. 23, 1969; the coefficients of his SPECFUN routine
 * CALERF), accurate to about 1e-16 relative. For |t| > 0.46875, erfc(t) = exp(-t^2) R(t) and
 * exp(-t^2) is split as exp(-s^2) exp(-(t - s)(t + s)) with s = t rounded down to 1/16, so that
 * the rounding error of t^2 is not amplified. Working with erfc (not 1 - erf) keeps the lower
 * tail accurate in relative terms too.
 */
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909, 1712.04761263407058, 2051.07837782607147,
  1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716, 3439.36767414372164,
  1230.33935480374942,
];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const ONE_OVER_SQRT_PI = 0.56418958354775628695;

function erfc(t: number): number {
  const y = Math.abs(t);
  if (y <= 0.46875) {
    const z = y * y;
    let num = A[4] * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * z;
      den = (den + B[i]) * z;
    }
    return 1 - (t * (num + A[3])) / (den + B[3]);
  }
  let r: number;
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    r = (num + C[7]) / (den + D[7]);
  } else if (y < 27) {
    const z = 1 / (y * y);
    let num = P[5] * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * z;
      den = (den + Q[i]) * z;
    }
    r = (ONE_OVER_SQRT_PI - (z * (num + P[4])) / (den + Q[4])) / y;
  } else {
    r = 0; // erfc(27) is about 5e-319: exp(-y^2) underflows
  }
  if (r !== 0) {
    const s = Math.trunc(y * 16) / 16;
    r *= Math.exp(-s * s) * Math.exp(-(y - s) * (y + s));
  }
  return t < 0 ? 2 - r : r;
}

/** Throws unless sigma is positive and finite, mu finite and x a number. */
function checkArguments(x: number, mu: number, sigma: number): void {
  if (typeof sigma !== "number" || !Number.isFinite(sigma) || sigma <= 0) throw new Error(`normalCdf: sigma must be a positive finite number (got ${sigma})`);
  if (typeof mu !== "number" || !Number.isFinite(mu)) throw new Error(`normalCdf: mu must be a finite number (got ${mu})`);
  if (typeof x !== "number" || Number.isNaN(x)) throw new Error("normalCdf: x must be a number");
}

/** The standard score z = (x - mu) / sigma. */
function standardScore(x: number, mu: number, sigma: number): number {
  return (x - mu) / sigma;
}

/** Standard normal CDF Phi(z) = erfc(-z / sqrt 2) / 2 (exactly 0 and 1 at -Infinity and Infinity). */
function standardNormalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return 0.5 * erfc(-z * Math.SQRT1_2);
}

/** CDF of N(mu, sigma^2) at x. */
export function normalCdf(x: number, mu: number, sigma: number): number {
  checkArguments(x, mu, sigma);
  return standardNormalCdf(standardScore(x, mu, sigma));
}
