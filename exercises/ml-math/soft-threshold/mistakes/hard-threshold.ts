function shrunk(value: number, lambda: number): number {
  return Math.abs(value) > lambda ? value : 0;
}
