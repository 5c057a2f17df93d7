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
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  const constant = new Array<boolean>(d).fill(true);
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += X[i][j];
      if (X[i][j] !== X[0][j]) constant[j] = false;
    }
    mean[j] = sum / n;
    // Two passes: squared deviations from the mean, never mean(x^2) - mean^2. The deviations
    // are divided by the largest one first so that their squares cannot overflow (|x| ~ 1e200).
    let scale = 0;
    for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(X[i][j] - mean[j]));
    let squares = 0;
    if (scale > 0) for (let i = 0; i < n; i++) squares += ((X[i][j] - mean[j]) / scale) ** 2;
    std[j] = scale * Math.sqrt(squares / n);
  }
  return X.map((row) => row.map((x, j) => (constant[j] ? 0 : (x - mean[j]) / std[j])));
}
