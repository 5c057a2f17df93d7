interface ColumnStatistics {
  mean: number;
  std: number;
  constant: boolean;
}

/**
 * Standard scaling per column: (x - mean) / std with the population std (n). A constant column
 * (all values equal) becomes 0, decided from the values, never from the rounded std.
 */
export function standardScale(X: number[][]): number[][] {
  const n = X.length;
  if (n === 0) return []; // no rows: nothing to scale
  const d = X[0].length;
  for (let i = 1; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} has ${X[i].length} columns, row 0 has ${d}`);
  }
  const statistics = X[0].map((_, j) => columnStatistics(columnValues(X, j)));
  return X.map((row) => row.map((x, j) => scaledValue(x, statistics[j])));
}

/** The values the statistics of column j are taken over: that column's. */
function columnValues(X: number[][], j: number): number[] {
  return X.map((row) => row[j]);
}

/** Mean, population std and whether every value equals the first. */
function columnStatistics(column: number[]): ColumnStatistics {
  let sum = 0;
  for (const x of column) sum += x;
  const mean = sum / column.length;
  return { mean, std: standardDeviation(column, mean), constant: column.every((x) => x === column[0]) };
}

/**
 * Two passes: squared deviations from the mean, never mean(x^2) - mean^2. The deviations are
 * divided by the largest one first so that their squares cannot overflow (|x| ~ 1e200).
 */
function standardDeviation(column: number[], mean: number): number {
  let scale = 0;
  for (const x of column) scale = Math.max(scale, Math.abs(x - mean));
  let squares = 0;
  if (scale > 0) for (const x of column) squares += ((x - mean) / scale) ** 2;
  return scale * Math.sqrt(squares / varianceDivisor(column.length));
}

/** The population variance divides by n (not n - 1). */
function varianceDivisor(n: number): number {
  return n;
}

/** One scaled value: 0 in a constant column, else (x - mean) / std. */
function scaledValue(x: number, column: ColumnStatistics): number {
  return column.constant ? 0 : (x - column.mean) / column.std;
}
