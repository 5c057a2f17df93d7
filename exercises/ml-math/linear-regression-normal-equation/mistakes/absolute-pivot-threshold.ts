function isSingular(pivot: number, tolerance: number): boolean {
  return Math.abs(pivot) < 1e-12;
}
