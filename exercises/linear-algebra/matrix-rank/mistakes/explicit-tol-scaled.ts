function pivotThreshold(A: number[][], tol: number | undefined): number {
  return (tol ?? 1e-10) * largestAbsEntry(A);
}
