function columnValues(X: number[][], j: number): number[] {
  return X.flat();
}
