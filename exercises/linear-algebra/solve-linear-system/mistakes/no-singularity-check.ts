function isSingularPivot(pivot: number, threshold: number): boolean {
  return false;
}
