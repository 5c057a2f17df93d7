/**
 * Sample covariance matrix (divide by n - 1) of the columns of X, where each row is one
 * observation. Two passes: the column means first (refined by a second pass over the
 * deviations), then sums of products of deviations, so that data far from the origin
 * (values around 1e9 with a spread of 1) lose no precision. The result is exactly symmetric.
 * Fewer than 2 rows and ragged rows throw; rows with no features give the 0 x 0 matrix [].
 */
export function covarianceMatrix(X: number[][]): number[][] {
  if (!Array.isArray(X) || X.length < 2) throw new Error("covarianceMatrix: needs at least 2 observations (rows)");
  const n = X.length;
  const d = Array.isArray(X[0]) ? X[0].length : 0;
  for (const row of X) {
    if (!Array.isArray(row) || row.length !== d) throw new Error("covarianceMatrix: all rows must have the same length");
  }

  const mean = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  // Second pass: the deviations of a slightly wrong mean sum to n times its error.
  const correction = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) correction[j] += row[j] - mean[j];
  for (let j = 0; j < d; j++) mean[j] += correction[j] / n;

  const deviations = X.map((row) => row.map((value, j) => value - mean[j]));
  const C = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    for (let k = j; k < d; k++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += deviations[i][j] * deviations[i][k];
      C[j][k] = sum / (n - 1);
      C[k][j] = C[j][k];
    }
  }
  return C;
}
