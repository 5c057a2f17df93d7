type Row = Record<string, string | number | null>;
type Summary = { n: number; mean: number; std: number; min: number; median: number; max: number };

/** A missing value: null (or a key the row does not have). */
function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}

function numberAt(row: Row, key: string, index: number): number {
  const value = row[key];
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`row ${index}: "${key}" is ${JSON.stringify(value)}, not a finite number`);
  return value;
}

/** The values of valueKey per group (as a string), skipping rows where either is missing. */
function groupValues(rows: Row[], groupKey: string, valueKey: string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (isMissing(row[groupKey])) return;
    const group = String(row[groupKey]);
    const values = groups.get(group) ?? [];
    values.push(row[valueKey] === null ? 0 : numberAt(row, valueKey, index));
    groups.set(group, values);
  });
  return groups;
}

function mean(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

/** Sample variance (n - 1), two passes: the mean first, then the squared deviations. */
function sampleVariance(values: number[]): number {
  const m = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - m) ** 2;
  return squares / (values.length - 1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Per-group n, mean, sample std (NaN for a group of one), min, median and max of valueKey; {} when no row is left. */
export function summarize(rows: Row[], groupKey: string, valueKey: string): Record<string, Summary> {
  const groups = groupValues(rows, groupKey, valueKey);
  // No row with both a group and a value: no group, so the answer is empty ({}), not an error.
  const result: Record<string, Summary> = {};
  for (const [group, values] of groups) {
    result[group] = {
      n: values.length,
      mean: mean(values),
      std: values.length > 1 ? Math.sqrt(sampleVariance(values)) : NaN,
      min: Math.min(...values),
      median: median(values),
      max: Math.max(...values),
    };
  }
  return result;
}

/** Welch's two-sample t-test of mean(valueKey) between groupA and groupB, two-sided. */
export function compareGroups(
  rows: Row[],
  groupKey: string,
  valueKey: string,
  groupA: string,
  groupB: string,
): { meanA: number; meanB: number; t: number; df: number; p: number } {
  if (groupA === groupB) throw new Error("compare two different groups");
  const groups = groupValues(rows, groupKey, valueKey);
  const a = groups.get(groupA) ?? [];
  const b = groups.get(groupB) ?? [];
  if (a.length < 2 || b.length < 2) throw new Error("each group needs at least two values");
  // Zero spread is decided on the values: the computed variance of [0.1, 0.1, 0.1] is about 1e-33, not 0.
  const isConstant = (values: number[]) => values.every((value) => value === values[0]);
  if (isConstant(a) && isConstant(b)) throw new Error("both groups have zero variance: the standard error is 0");
  const meanA = mean(a);
  const meanB = mean(b);
  const seA = sampleVariance(a) / a.length;
  const seB = sampleVariance(b) / b.length;
  const se2 = seA + seB;
  const t = (meanA - meanB) / Math.sqrt(se2);
  const df = (se2 * se2) / ((seA * seA) / (a.length - 1) + (seB * seB) / (b.length - 1));
  // Both tails from the lower one: 1 - cdf(|t|) would round tiny p values to 0.
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { meanA, meanB, t, df, p };
}

/** Pearson correlation matrix of the columns `keys`, over the rows where none of them is missing. */
export function correlate(rows: Row[], keys: string[]): number[][] {
  if (keys.length === 0) return []; // no columns: the 0 x 0 matrix
  const columns: number[][] = keys.map(() => []);
  rows.forEach((row, index) => {
    if (keys.some((key) => isMissing(row[key]))) return;
    keys.forEach((key, j) => columns[j].push(numberAt(row, key, index)));
  });
  const n = columns[0].length;
  if (n < 2) throw new Error("fewer than two complete rows");
  const centred = columns.map((column, j) => {
    if (column.every((value) => value === column[0])) throw new Error(`column "${keys[j]}" is constant: its correlation is undefined`);
    const m = mean(column);
    return column.map((value) => value - m);
  });
  const sumsOfSquares = centred.map((column) => column.reduce((total, value) => total + value * value, 0));
  return keys.map((_, j) =>
    keys.map((__, k) => {
      if (j === k) return 1;
      let cross = 0;
      for (let i = 0; i < n; i++) cross += centred[j][i] * centred[k][i];
      return cross / Math.sqrt(sumsOfSquares[j] * sumsOfSquares[k]);
    }),
  );
}

// ----- the given helper (the same as in the starter) -----

/** CDF of Student's t distribution with df > 0 degrees of freedom (df need not be an integer). */
function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
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
  return (
    0.5 * Math.log(2 * Math.PI) - 0.5 * Math.log(q) + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q)) +
    stirlingCorrection(p) + correction
  );
}

/**
 * ln Γ(x) for x > 0: Lanczos approximation (g = 7, nine coefficients), relative error about 1e-15.
 */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x); // reflection formula
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
  return (1 / 12 + z * (-1 / 360 + z * (1 / 1260 + z * (-1 / 1680 + z * (1 / 1188 + z * (-691 / 360360 + z / 156)))))) / x;
}
