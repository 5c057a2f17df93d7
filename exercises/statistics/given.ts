// Helpers you are given in the statistics exercises. Call them as they are:
//   studentTCdf(t, df)        CDF of Student's t for any df > 0 (not only integers)
//   studentTQuantile(p, df)   its inverse, the t with studentTCdf(t, df) = p
//   chiSquareCdf(x, df)       CDF of the chi-square distribution
//   normalCdf(z)              CDF of the standard normal distribution
// All are accurate to about 1e-13. The functions after them only support them: the regularized
// incomplete beta function (Lentz's continued fraction), the regularized incomplete gamma function
// (its series and continued fraction) and a Lanczos log-gamma.

/** CDF of Student's t distribution with df > 0 degrees of freedom (any real df > 0; throws for df <= 0). */
function studentTCdf(t: number, df: number): number {
  if (df <= 0) throw new Error(`studentTCdf needs df > 0, got ${df}`);
  if (Number.isNaN(t) || Number.isNaN(df)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const t2 = t * t;
  // Both tails together: P(|T| > |t|) = I_x(df / 2, 1 / 2) with x = df / (df + t^2).
  const bothTails = regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t > 0 ? 1 - bothTails / 2 : bothTails / 2;
}

/** Quantile (inverse CDF) of Student's t: the t with studentTCdf(t, df) = p, for 0 < p < 1 and df > 0. */
function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`studentTQuantile needs 0 < p < 1, got ${p}`);
  if (!(df > 0)) throw new Error(`studentTQuantile needs df > 0, got ${df}`);
  if (p === 0.5) return 0;
  // Solve for t >= 0 with upper tail P(T > t) = q; 1 - p is exact for p >= 0.5.
  const q = p < 0.5 ? p : 1 - p;
  const upperTail = (t: number) => studentTCdf(-t, df);
  // Bracket the root by doubling, then bisect down to double precision (the tail decreases).
  let lo = 0;
  let hi = 1;
  while (upperTail(hi) > q) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 1100; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (upperTail(mid) > q) lo = mid;
    else hi = mid;
  }
  const t = 0.5 * (lo + hi);
  return p < 0.5 ? -t : t;
}

/** CDF of the chi-square distribution with df > 0 degrees of freedom, P(df/2, x/2); throws for df <= 0. */
function chiSquareCdf(x: number, df: number): number {
  if (df <= 0) throw new Error(`chiSquareCdf needs df > 0, got ${df}`);
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  const a = df / 2;
  const half = x / 2;
  return half < a + 1 ? gammaSeries(a, half) : 1 - gammaContinuedFraction(a, half);
}

/** CDF of the standard normal distribution, Φ(z), from erfc(u) = Q(1/2, u^2). */
function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const half = (z * z) / 2;
  // P(|Z| > |z|) = Q(1/2, z^2 / 2).
  const bothTails = half < 1.5 ? 1 - gammaSeries(0.5, half) : gammaContinuedFraction(0.5, half);
  return z > 0 ? 1 - bothTails / 2 : bothTails / 2;
}

/**
 * Regularized incomplete beta function I_x(a, b) for a, b > 0 and 0 <= x <= 1. The caller
 * passes y = 1 - x computed without cancellation (a tiny 1 - x would lose its digits).
 */
function regularizedBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  // The fraction converges fast on this side; on the other use I_x(a, b) = 1 - I_y(b, a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

/**
 * Continued fraction for the incomplete beta function, evaluated with the modified Lentz
 * method (Numerical Recipes, betacf). Converges fast when x < (a + 1) / (a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    // Even term of the fraction: m (b - m) x / ((a + 2m - 1)(a + 2m)).
    let term = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + term * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + term / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    // Odd term: -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
    term = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + term * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + term / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b) for a, b > 0. For large arguments the three
 * log-gammas are huge and nearly cancel, so the difference is formed from Stirling's series.
 */
function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q < 10) return logGamma(p) + logGamma(q) - logGamma(p + q);
  const correction = stirlingCorrection(q) - stirlingCorrection(p + q);
  if (p < 10) {
    // ln Γ(q) - ln Γ(p + q) = -(q - 1/2) ln(1 + p/q) - p ln(p + q) + p + ω(q) - ω(p + q)
    return logGamma(p) + correction - (q - 0.5) * Math.log1p(p / q) - p * Math.log(p + q) + p;
  }
  // Both large: ln B = ln(2π)/2 - ln(q)/2 + (p - 1/2) ln(p / (p + q)) + q ln(q / (p + q)) + corrections
  const share = p / (p + q);
  return 0.5 * Math.log((2 * Math.PI) / q) + (p - 0.5) * Math.log(share) + q * Math.log1p(-share) + stirlingCorrection(p) + correction;
}

/** Regularized lower incomplete gamma P(a, x) by its power series; converges fast for x < a + 1. */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= 10000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
  }
  return sum * Math.exp(logGammaPrefix(a, x));
}

/**
 * Regularized upper incomplete gamma Q(a, x) by its continued fraction (modified Lentz);
 * converges fast for x > a + 1.
 */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h * Math.exp(logGammaPrefix(a, x));
}

/**
 * ln(x^a e^(-x) / Γ(a)), the factor in front of both incomplete-gamma expansions; for a >= 10
 * it is formed from Stirling's series so that the large terms cancel exactly on paper.
 */
function logGammaPrefix(a: number, x: number): number {
  if (a < 10) return a * Math.log(x) - x - logGamma(a);
  return a * Math.log(x / a) - (x - a) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a);
}

/**
 * ln Γ(x) for x > 0: Lanczos approximation (g = 7, nine coefficients), relative error about 1e-15.
 */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  // Reflection formula for small x: Γ(x) Γ(1 - x) = π / sin(πx).
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < 9; i++) sum += c[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Stirling's correction ω(x) = ln Γ(x) - [(x - 1/2) ln x - x + ln(2π)/2] for x >= 10, by its
 * asymptotic series (error below 1e-16 there).
 */
function stirlingCorrection(x: number): number {
  const z = 1 / (x * x);
  const series = 1 / 12 + z * (-1 / 360 + z * (1 / 1260 + z * (-1 / 1680 + z * (1 / 1188 + z * (-691 / 360360 + z / 156)))));
  return series / x;
}
