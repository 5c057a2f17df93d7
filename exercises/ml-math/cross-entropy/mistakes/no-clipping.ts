function clipped(p: number, eps: number): number {
  return p;
}
