function design(X: number[][]): number[][] {
  return X.map((row) => [1, ...row]);
}
