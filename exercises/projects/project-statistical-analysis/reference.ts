import { twoSidedP } from "../../statistics/reference-steps";

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
    const value = groupedValue(row, valueKey, index);
    if (value === null) return;
    const group = String(row[groupKey]);
    const values = groups.get(group) ?? [];
    values.push(value);
    groups.set(group, values);
  });
  return groups;
}

/** The row's value of valueKey as a number, or null when it is missing (the row is skipped). */
function groupedValue(row: Row, valueKey: string, index: number): number | null {
  return isMissing(row[valueKey]) ? null : numberAt(row, valueKey, index);
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
      std: groupStd(values),
      min: Math.min(...values),
      median: median(values),
      max: Math.max(...values),
    };
  }
  return result;
}

/** The sample std (n - 1) of a group; NaN for a group of one. */
function groupStd(values: number[]): number {
  return values.length > 1 ? Math.sqrt(sampleVariance(values)) : NaN;
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
  checkSpread(a, b);
  const meanA = mean(a);
  const meanB = mean(b);
  const { se2, df } = standardError(a, b);
  const t = (meanA - meanB) / Math.sqrt(se2);
  return { meanA, meanB, t, df, p: twoSidedP(t, df) };
}

/** Zero spread is decided on the values: the computed variance of [0.1, 0.1, 0.1] is about 1e-33, not 0. */
function checkSpread(a: number[], b: number[]): void {
  const isConstant = (values: number[]) => values.every((value) => value === values[0]);
  if (isConstant(a) && isConstant(b)) throw new Error("both groups have zero variance: the standard error is 0");
}

/** Welch: each mean keeps its own squared standard error; Welch-Satterthwaite degrees of freedom. */
function standardError(a: number[], b: number[]): { se2: number; df: number } {
  const seA = sampleVariance(a) / a.length;
  const seB = sampleVariance(b) / b.length;
  const se2 = seA + seB;
  return { se2, df: (se2 * se2) / ((seA * seA) / (a.length - 1) + (seB * seB) / (b.length - 1)) };
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
      let cross = 0;
      if (j !== k) for (let i = 0; i < n; i++) cross += centred[j][i] * centred[k][i];
      return pairCorrelation(j === k, cross, sumsOfSquares[j], sumsOfSquares[k], n);
    }),
  );
}

/** r = cross / sqrt(SS_j SS_k) from the centred sums (every n cancels); 1 on the diagonal. */
function pairCorrelation(diagonal: boolean, cross: number, ssJ: number, ssK: number, n: number): number {
  return diagonal ? 1 : cross / Math.sqrt(ssJ * ssK);
}
