function shrunk(value: number, lambda: number): number {
  return Math.max(value - lambda, 0);
}
