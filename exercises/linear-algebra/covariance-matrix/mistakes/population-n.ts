function divisor(n: number): number {
  return n;
}
