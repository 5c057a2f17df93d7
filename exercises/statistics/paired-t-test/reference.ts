/**
 * Two-sided paired t-test: a one-sample t-test of the differences d_i = a_i - b_i against 0,
 * t = mean(d) / (s_d / sqrt(n)) with n - 1 degrees of freedom, p = 2 F(-|t|).
 */
export function pairedTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  if (a.length !== b.length) throw new Error("paired samples must have the same length");
  const n = a.length;
  if (n < 2) throw new Error("a paired t-test needs at least two pairs");
  const d = a.map((value, i) => value - b[i]);
  let sum = 0;
  for (const value of d) sum += value;
  const mean = sum / n;
  // Constancy is decided by comparing the differences, not by testing their computed sum of
  // squares against 0: for d = [0.1, 0.1, 0.1] that sum is about 6e-34, and t would be noise.
  if (d.every((value) => value === d[0])) throw new Error("all differences are equal: the standard error is 0 and t is undefined");
  let squares = 0;
  for (const value of d) squares += (value - mean) * (value - mean);
  const t = mean / Math.sqrt(squares / (n - 1) / n);
  const df = n - 1;
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { t, df, p };
}

// --------------------------------------------------------------------------
// The helpers of starter.ts, unchanged. studentTCdf(t, df), the CDF of Student's t distribution for any
// df > 0 (not only integers), accurate to about 1e-13. Call it as it is; the
// functions after it only support it (the regularized incomplete beta
// function by Lentz's continued fraction, and a Lanczos log-gamma).
// --------------------------------------------------------------------------

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
  return 0.5 * Math.log(2 * Math.PI / q) + (p - 0.5) * Math.log(share) + q * Math.log1p(-share) + stirlingCorrection(p) + correction;
}

/**
 * ln Γ(x) for x > 0: Lanczos approximation (g = 7, nine coefficients), relative error about 1e-15.
 */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
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
