function isNonZeroPivot(pivot: number, threshold: number): boolean {
  return Math.abs(pivot) >= threshold;
}
