/**
 * Pearson's chi-square test of independence (no continuity correction): expected counts
 * E_ij = row_i * col_j / N, chi2 = sum (O - E)^2 / E, df = (r - 1)(c - 1), p = P(X >= chi2).
 */
export function chiSquareIndependence(table: number[][]): { chi2: number; df: number; p: number } {
  const r = table.length;
  if (r < 2) throw new Error("the table needs at least two rows");
  const c = table[0].length;
  if (c < 2) throw new Error("the table needs at least two columns");
  const rowTotals = new Array<number>(r).fill(0);
  const colTotals = new Array<number>(c).fill(0);
  let total = 0;
  for (let i = 0; i < r; i++) {
    if (table[i].length !== c) throw new Error("every row of the table must have the same length");
    for (let j = 0; j < c; j++) {
      const count = table[i][j];
      if (!(count >= 0)) throw new Error("counts must be non-negative numbers");
      rowTotals[i] += count;
      colTotals[j] += count;
      total += count;
    }
  }
  let chi2 = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const expected = (rowTotals[i] * colTotals[j]) / total;
      if (!(expected > 0)) throw new Error("an expected count is 0 (a row or a column of the table sums to 0)");
      const diff = table[i][j] - expected;
      chi2 += (diff * diff) / expected;
    }
  }
  const df = (r - 1) * (c - 1);
  // The upper tail as 1 - CDF: inexact for tiny p (relative error), but its absolute error is
  // about 1e-16, far below the comparison's atol of 1e-9.
  const p = Math.min(1, Math.max(0, 1 - chiSquareCdf(chi2, df)));
  return { chi2, df, p };
}

// --------------------------------------------------------------------------
// The helpers of starter.ts, unchanged. chiSquareCdf(x, df), the CDF of the chi-square distribution,
// accurate to about 1e-13. Call it as it is; the functions after it only
// support it (the regularized incomplete gamma function by its series and by
// Lentz's continued fraction, and a Lanczos log-gamma).
// --------------------------------------------------------------------------

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
