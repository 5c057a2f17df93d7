function centres(X: number[][], y: number[]): { mu: number[]; yMean: number } {
  return { mu: new Array<number>(X[0].length).fill(0), yMean: 0 };
}
