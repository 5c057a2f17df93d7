function isSingularPivot(pivot: number, threshold: number): boolean {
  return pivot === 0;
}
