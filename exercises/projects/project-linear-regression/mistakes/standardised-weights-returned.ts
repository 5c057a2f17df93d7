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
  return { weights: v, bias: c, losses };
}
