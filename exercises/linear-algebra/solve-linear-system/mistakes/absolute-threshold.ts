function isSingularPivot(pivot: number, threshold: number): boolean {
  return Math.abs(pivot) < 1e-12;
}
