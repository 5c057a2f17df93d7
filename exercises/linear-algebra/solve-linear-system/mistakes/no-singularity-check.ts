function isSingular(pivot: number, threshold: number): boolean {
  return false;
}
