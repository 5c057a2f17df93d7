function ordered(x: number, y: number): number[] {
  return [Math.min(x, y), Math.max(x, y)];
}
