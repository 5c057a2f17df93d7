export function proportionZTest(successes: number, n: number, p0: number): { z: number; p: number } {
  if (!Number.isInteger(n) || n <= 0) throw new Error("n must be a positive integer");
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new Error("bad number of successes");
  if (p0 <= 0 || p0 >= 1) throw new Error("p0 must be in (0, 1)");
  const pHat = successes / n;
  const z = (Math.abs(successes - n * p0) - 0.5) * Math.sign(successes - n * p0) / Math.sqrt(n * p0 * (1 - p0));
  const p = 2 * (1 - normalCdf(Math.abs(z)));
  return { z, p };
}

// --------------------------------------------------------------------------
// The helpers of starter.ts, unchanged. normalCdf(z), the CDF of the standard normal distribution,
// accurate to about 1e-13. Call it as it is; the functions after it only
// support it (erfc through the regularized incomplete gamma function, by its
// series and by Lentz's continued fraction, and a Lanczos log-gamma).
// --------------------------------------------------------------------------

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
