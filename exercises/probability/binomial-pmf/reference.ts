/**
 * Binomial probability P(K = k) for K ~ Binomial(n, p), by C. Loader's saddle-point method
 * ("Fast and accurate computation of binomial probabilities", 2000; the algorithm of R's
 * dbinom):
 *   P = exp(-(stirlerr terms) - bd0(k, n p) - bd0(n - k, n q)) * sqrt(n / (2 pi k (n - k)))
 * where stirlerr(m) = log(m!) - log(sqrt(2 pi m) (m / e)^m) and
 * bd0(x, m) = x log(x / m) + m - x is evaluated without cancellation. Every term is small, so
 * the result keeps about 15 significant digits for any n, including tiny probabilities.
 */
const LN_2PI = 1.8378770664093453;

/** log(m!) - log(sqrt(2 pi m) (m/e)^m) for a positive integer m. */
function stirlerr(m: number): number {
  if (m <= 15) {
    let factorial = 1;
    for (let i = 2; i <= m; i++) factorial *= i; // exact: 15! < 2^53
    return Math.log(factorial) - (m + 0.5) * Math.log(m) + m - 0.5 * LN_2PI;
  }
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  const mm = m * m;
  if (m > 500) return (S0 - S1 / mm) / m;
  if (m > 80) return (S0 - (S1 - S2 / mm) / mm) / m;
  if (m > 35) return (S0 - (S1 - (S2 - S3 / mm) / mm) / mm) / m;
  return (S0 - (S1 - (S2 - (S3 - S4 / mm) / mm) / mm) / mm) / m;
}

/** x log(x / m) + m - x, accurate when x is close to m. */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** Throws unless n is a non-negative integer, k an integer and p a probability in [0, 1]. */
function checkArguments(k: number, n: number, p: number): void {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw new Error(`binomialPmf: n must be a non-negative integer (got ${n})`);
  if (typeof k !== "number" || !Number.isInteger(k)) throw new Error(`binomialPmf: k must be an integer (got ${k})`);
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) throw new Error(`binomialPmf: p must be a probability in [0, 1] (got ${p})`);
}

/** Whether k lies outside 0..n, where the probability is 0. */
function outsideSupport(k: number, n: number): boolean {
  return k < 0 || k > n;
}

/** P(K = k) for 0 <= k <= n: the degenerate p and the two ends exactly, Loader's formula inside. */
function pmfInSupport(k: number, n: number, p: number): number {
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}

/** Binomial probability P(K = k) for K ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  checkArguments(k, n, p);
  if (outsideSupport(k, n)) return 0;
  return pmfInSupport(k, n, p);
}
