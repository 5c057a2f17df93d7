function clipped(p: number, eps: number): number {
  return Math.min(Math.max(p, 1e-12), 1 - 1e-12);
}
