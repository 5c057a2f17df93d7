/** Centred normal equations (Xc^T Xc) w = Xc^T yc, then b = mean(y) - mean(X) w: better conditioned than [1 X]. */
function fitNormal(X: number[][], y: number[]): Model {
  const n = X.length;
  const d = X[0].length;
  const mu = new Array<number>(d).fill(0);
  const yMean = 0;
  const A = Array.from({ length: d }, () => new Array<number>(d + 1).fill(0));
  for (let i = 0; i < n; i++) {
    const centred = X[i].map((value, j) => value - mu[j]);
    const target = y[i] - yMean;
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < d; k++) A[j][k] += centred[j] * centred[k];
      A[j][d] += centred[j] * target;
    }
  }
  // A constant column is singular: checked on the values, since its centred copy may be 1e-17, not 0.
  for (let j = 0; j < d; j++) {
    if (X.every((row) => row[j] === X[0][j])) throw new Error(`column ${j} of X is constant: X^T X is singular`);
  }
  let scale = 0;
  for (let j = 0; j < d; j++) scale = Math.max(scale, Math.abs(A[j][j]));
  // Gaussian elimination with partial pivoting on the augmented matrix [A | b].
  for (let col = 0; col < d; col++) {
    let pivotRow = col;
    for (let row = col + 1; row < d; row++) if (Math.abs(A[row][col]) > Math.abs(A[pivotRow][col])) pivotRow = row;
    if (!(Math.abs(A[pivotRow][col]) > 1e-10 * scale)) throw new Error("X^T X is singular: the weights are not unique");
    [A[col], A[pivotRow]] = [A[pivotRow], A[col]];
    for (let row = col + 1; row < d; row++) {
      const factor = A[row][col] / A[col][col];
      for (let k = col; k <= d; k++) A[row][k] -= factor * A[col][k];
    }
  }
  const weights = new Array<number>(d).fill(0);
  for (let row = d - 1; row >= 0; row--) {
    let total = A[row][d];
    for (let k = row + 1; k < d; k++) total -= A[row][k] * weights[k];
    weights[row] = total / A[row][row];
  }
  let bias = yMean;
  for (let j = 0; j < d; j++) bias -= weights[j] * mu[j];
  return { weights, bias, losses: [] };
}
