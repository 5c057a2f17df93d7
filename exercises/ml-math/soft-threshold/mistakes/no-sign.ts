function shrunk(value: number, lambda: number): number {
  return Math.max(Math.abs(value) - lambda, 0);
}
