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
    sigma[j] = featureStd(squares, n);
  }
  const Z = X.map((row) => row.map((value, j) => (value - mu[j]) / sigma[j]));
  const { v, c, losses } = descend(Z, y, lr, epochs);
  return { ...toOriginalUnits(v, c, mu, sigma), losses };
}

/** The population std (divide by n) from the sum of squared deviations. */
function featureStd(squares: number, n: number): number {
  return Math.sqrt(squares / n);
}

/** Gradient descent on the mean squared error over the standardised features, from zero. */
function descend(Z: number[][], y: number[], lr: number, epochs: number): { v: number[]; c: number; losses: number[] } {
  const v = new Array<number>(Z[0].length).fill(0);
  let c = 0;
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = gradientStep(Z, y, v, c, lr);
    losses.push(step.lossBefore); // the loss of the parameters this epoch starts with
    c = step.c;
  }
  return { v, c, losses };
}

/** One step: the mean squared error of (v, c), then v (in place) and c moved down its gradient. */
function gradientStep(Z: number[][], y: number[], v: number[], c: number, lr: number): { c: number; lossBefore: number } {
  const n = Z.length;
  const d = v.length;
  const residuals = new Array<number>(n);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    let prediction = c;
    for (let j = 0; j < d; j++) prediction += Z[i][j] * v[j];
    residuals[i] = prediction - y[i];
    squares += residuals[i] * residuals[i];
  }
  const gradV = new Array<number>(d).fill(0);
  let gradC = 0;
  for (let i = 0; i < n; i++) {
    gradC += residuals[i];
    for (let j = 0; j < d; j++) gradV[j] += residuals[i] * Z[i][j];
  }
  for (let j = 0; j < d; j++) v[j] -= (lr * 2 * gradV[j]) / n;
  return { c: c - (lr * 2 * gradC) / n, lossBefore: squares / n };
}

/** Back to the original units: v·(x - mu)/sigma + c = (v/sigma)·x + (c - sum v mu/sigma). */
function toOriginalUnits(v: number[], c: number, mu: number[], sigma: number[]): { weights: number[]; bias: number } {
  const weights = v.map((vj, j) => vj / sigma[j]);
  let bias = c;
  for (let j = 0; j < v.length; j++) bias -= weights[j] * mu[j];
  return { weights, bias };
}

/** Centred normal equations (Xc^T Xc) w = Xc^T yc, then b = mean(y) - mean(X) w: better conditioned than [1 X]. */
function fitNormal(X: number[][], y: number[]): Model {
  const n = X.length;
  const d = X[0].length;
  const { mu, yMean } = centres(X, y);
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

/** The means the normal equations centre on: the intercept comes back from them. */
function centres(X: number[][], y: number[]): { mu: number[]; yMean: number } {
  return { mu: columnMeans(X), yMean: y.reduce((total, value) => total + value, 0) / y.length };
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
  let absolute = 0;
  for (let i = 0; i < n; i++) {
    const error = yPred[i] - yTrue[i];
    ssRes += error * error;
    absolute += Math.abs(error);
  }
  const mse = ssRes / n;
  return { mse, rmse: Math.sqrt(mse), mae: absolute / n, r2: rSquared(yTrue, ssRes, totalSquares(yTrue, mean)) };
}

/** SS_tot: the squared spread of the target around its mean. */
function totalSquares(yTrue: number[], mean: number): number {
  let ssTot = 0;
  for (const value of yTrue) ssTot += (value - mean) ** 2;
  return ssTot;
}

/** 1 - SS_res / SS_tot; a constant target is detected on the values (for [0.1, 0.1, 0.1] the computed SS_tot is 6e-34, not 0). */
function rSquared(yTrue: number[], ssRes: number, ssTot: number): number {
  const constant = yTrue.every((value) => value === yTrue[0]);
  return constant ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
}
