function shrunk(value: number, lambda: number): number {
  return value - lambda * Math.sign(value);
}
