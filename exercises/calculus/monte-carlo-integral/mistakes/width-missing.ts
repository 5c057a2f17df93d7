function estimate(sum: number, a: number, b: number, n: number): number {
  return sum / n;
}
