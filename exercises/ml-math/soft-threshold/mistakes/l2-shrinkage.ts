function shrunk(value: number, lambda: number): number {
  return value / (1 + lambda);
}
