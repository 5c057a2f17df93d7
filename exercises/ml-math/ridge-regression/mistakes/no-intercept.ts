function design(X: number[][]): number[][] {
  return X.map((row) => [...row]);
}

function readParameters(theta: number[], d: number, y: number[]): { weights: number[]; bias: number } {
  return { weights: theta.slice(0, d), bias: 0 };
}
