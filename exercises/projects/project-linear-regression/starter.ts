type Options = { method: "gd" | "normal"; lr?: number; epochs?: number };
type Model = { weights: number[]; bias: number; losses: number[] };

/** Fits y ≈ X w + b by the normal equation or by gradient descent on standardised features. */
export function fit(X: number[][], y: number[], options: Options): Model {
  // Your code here. Defaults for gradient descent: lr = 0.1, epochs = 500.
  return { weights: X[0].map(() => 0), bias: 0, losses: [] };
}

/** Predictions X w + b, one per row of X. */
export function predict(model: { weights: number[]; bias: number }, X: number[][]): number[] {
  // Your code here.
  return X.map(() => model.bias);
}

/** Mean squared error, its root, mean absolute error and R^2 of the predictions. */
export function evaluate(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number } {
  // Your code here.
  return { mse: 0, rmse: 0, mae: 0, r2: 0 };
}
