function centred(X: number[][], mean: number[]): number[][] {
  return X;
}
