/**
 * Sample covariance matrix (divide by n - 1) of the columns of X, where each row is one
 * observation. Two passes: the column means first (refined by a second pass over the
 * deviations), then sums of products of deviations, so that data far from the origin
 * (values around 1e9 with a spread of 1) lose no precision. The result is exactly symmetric.
 * Fewer than 2 rows and ragged rows throw; rows with no features give the 0 x 0 matrix [].
 */
export function covarianceMatrix(X: number[][]): number[][] {
  const { n, d } = checkShape(X);
  return crossProducts(centred(X, columnMeans(X, n, d)), n, d);
}

/** At least 2 rows, all of one length d: the number of rows n and of columns d. */
function checkShape(X: number[][]): { n: number; d: number } {
  if (!Array.isArray(X) || X.length < 2) throw new Error("covarianceMatrix: needs at least 2 observations (rows)");
  const d = Array.isArray(X[0]) ? X[0].length : 0;
  for (const row of X) {
    if (!Array.isArray(row) || row.length !== d) throw new Error("covarianceMatrix: all rows must have the same length");
  }
  return { n: X.length, d };
}

/** The mean of each column, refined by a second pass over the deviations. */
function columnMeans(X: number[][], n: number, d: number): number[] {
  const mean = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  // Second pass: the deviations of a slightly wrong mean sum to n times its error.
  const correction = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) correction[j] += row[j] - mean[j];
  for (let j = 0; j < d; j++) mean[j] += correction[j] / n;
  return mean;
}

/** Each entry minus the mean of its column. */
function centred(X: number[][], mean: number[]): number[][] {
  return X.map((row) => row.map((value, j) => value - mean[j]));
}

/** The sample divides by n - 1 (Bessel's correction: the mean was estimated from the same rows). */
function divisor(n: number): number {
  return n - 1;
}

/** C[j][k] = sum over rows of deviation_j * deviation_k, over divisor(n); filled symmetrically. */
function crossProducts(deviations: number[][], n: number, d: number): number[][] {
  const C = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    for (let k = j; k < d; k++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += deviations[i][j] * deviations[i][k];
      C[j][k] = sum / divisor(n);
      C[k][j] = C[j][k];
    }
  }
  return C;
}
