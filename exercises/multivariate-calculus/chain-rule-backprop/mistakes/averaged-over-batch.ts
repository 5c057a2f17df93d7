// Divides the parameter gradients by the batch size, as if the loss were the mean over examples.
function parameterGradients(X: number[][], dOut: number[][]): { dW: number[][]; db: number[] } {
  const n = X.length;
  return { dW: weightGradient(X, dOut).map((row) => row.map((v) => v / n)), db: biasGradient(dOut).map((v) => v / n) };
}
