function logOf(x: number): number {
  return Math.log2(x);
}
