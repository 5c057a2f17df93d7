function clipped(p: number, eps: number): number {
  return Math.max(p, eps);
}
