type Options = { method: "gd" | "normal"; lr?: number; epochs?: number };
type Model = { weights: number[]; bias: number; losses: number[] };

/**
 * Fits y ≈ X w + b. "normal": least squares in closed form, from the centred normal equations.
 * "gd": full-batch gradient descent on the mean squared error of the standardised features
 * (population std), from zero; the weights are returned in the original units.
 */
export function fit(X: number[][], y: number[], options: Options): Model {
  const n = X.length;
  if (n === 0) throw new Error("X must contain at least one sample");
  if (y.length !== n) throw new Error(`X has ${n} rows but y has ${y.length} targets`);
  const d = X[0].length;
  if (d === 0) throw new Error("X must have at least one feature");
  for (let i = 0; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} of X has ${X[i].length} features, row 0 has ${d}`);
  }
  if (options.method === "normal") return fitNormal(X, y);
  if (options.method !== "gd") throw new Error(`unknown method ${String(options.method)}`);
  const lr = options.lr ?? 0.1;
  const epochs = options.epochs ?? 500;
  if (!(Number.isFinite(lr) && lr > 0)) throw new Error("lr must be a positive number");
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("epochs must be a non-negative integer");
  return fitGradientDescent(X, y, lr, epochs);
}

function columnMeans(X: number[][]): number[] {
  const means = new Array<number>(X[0].length).fill(0);
  for (const row of X) for (let j = 0; j < row.length; j++) means[j] += row[j];
  return means.map((total) => total / X.length);
}

function fitGradientDescent(X: number[][], y: number[], lr: number, epochs: number): Model {
  const n = X.length;
  const d = X[0].length;
  const mu = columnMeans(X);
  const sigma = new Array<number>(d).fill(0);
  for (let j = 0; j < d; j++) {
    // A constant column is checked on the values: its computed std may be 1e-17, not 0.
    if (X.every((row) => row[j] === X[0][j])) throw new Error(`column ${j} of X is constant: it cannot be standardised`);
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (X[i][j] - mu[j]) ** 2;
    sigma[j] = Math.sqrt(squares / n);
  }
  const Z = X.map((row) => row.map((value, j) => (value - mu[j]) / sigma[j]));

  const v = new Array<number>(d).fill(0);
  let c = 0;
  const losses: number[] = [];
  const residuals = new Array<number>(n);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let squares = 0;
    for (let i = 0; i < n; i++) {
      let prediction = c;
      for (let j = 0; j < d; j++) prediction += Z[i][j] * v[j];
      residuals[i] = prediction - y[i];
      squares += residuals[i] * residuals[i];
    }
    losses.push(squares / n); // the loss of the parameters this epoch starts with
    const gradV = new Array<number>(d).fill(0);
    let gradC = 0;
    for (let i = 0; i < n; i++) {
      gradC += residuals[i];
      for (let j = 0; j < d; j++) gradV[j] += residuals[i] * Z[i][j];
    }
    for (let j = 0; j < d; j++) v[j] -= (lr * 2 * gradV[j]) / n;
    c -= (lr * 2 * gradC) / n;
  }
  // Back to the original units: v·(x - mu)/sigma + c = (v/sigma)·x + (c - sum v mu/sigma).
  const weights = v.map((vj, j) => vj / sigma[j]);
  let bias = c;
  for (let j = 0; j < d; j++) bias -= weights[j] * mu[j];
  return { weights, bias, losses };
}

/** Centred normal equations (Xc^T Xc) w = Xc^T yc, then b = mean(y) - mean(X) w: better conditioned than [1 X]. */
function fitNormal(X: number[][], y: number[]): Model {
  const n = X.length;
  const d = X[0].length;
  const mu = columnMeans(X);
  const yMean = y.reduce((total, value) => total + value, 0) / n;
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

/** Predictions X w + b, one per row. */
export function predict(model: { weights: number[]; bias: number }, X: number[][]): number[] {
  return X.map((row, i) => {
    if (row.length !== model.weights.length) throw new Error(`row ${i} has ${row.length} features, the model has ${model.weights.length} weights`);
    let prediction = model.bias;
    for (let j = 0; j < row.length; j++) prediction += row[j] * model.weights[j];
    return prediction;
  });
}

/** MSE, RMSE, MAE and R^2 = 1 - SS_res / SS_tot (for a constant target: 1 when every prediction is exact, else 0). */
export function evaluate(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number } {
  const n = yTrue.length;
  if (n === 0) throw new Error("there is nothing to evaluate");
  if (yPred.length !== n) throw new Error(`yTrue has ${n} values but yPred has ${yPred.length}`);
  const mean = yTrue.reduce((total, value) => total + value, 0) / n;
  let ssRes = 0;
  let ssTot = 0;
  let absolute = 0;
  for (let i = 0; i < n; i++) {
    const error = yPred[i] - yTrue[i];
    ssRes += error * error;
    absolute += Math.abs(error);
    ssTot += (yTrue[i] - mean) ** 2;
  }
  const mse = ssRes / n;
  // A constant target is detected on the values: for [0.1, 0.1, 0.1] the computed SS_tot is 6e-34, not 0.
  const constant = yTrue.every((value) => value === yTrue[0]);
  const r2 = constant ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
  return { mse, rmse: Math.sqrt(mse), mae: absolute / n, r2 };
}
