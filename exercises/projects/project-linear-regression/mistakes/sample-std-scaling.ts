function featureStd(squares: number, n: number): number {
  return Math.sqrt(squares / (n - 1));
}
