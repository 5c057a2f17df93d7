function varianceDivisor(n: number): number {
  return n - 1;
}
