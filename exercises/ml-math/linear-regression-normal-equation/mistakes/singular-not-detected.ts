function isSingular(pivot: number, tolerance: number): boolean {
  return pivot === 0;
}
