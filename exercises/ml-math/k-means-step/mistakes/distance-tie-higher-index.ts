function isNearer(squared: number, bestSquared: number): boolean {
  return squared <= bestSquared;
}
