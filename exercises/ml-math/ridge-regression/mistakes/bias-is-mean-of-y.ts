function readParameters(theta: number[], d: number, y: number[]): { weights: number[]; bias: number } {
  return { weights: theta.slice(0, d), bias: y.reduce((a, b) => a + b, 0) / y.length };
}
