function totalSquares(yTrue: number[], mean: number): number {
  return yTrue.reduce((total, value) => total + value ** 2, 0);
}
