function isZeroPivot(pivot: number): boolean {
  if (Math.abs(pivot) < 1e-12) throw new Error("matrix is singular");
  return false;
}
