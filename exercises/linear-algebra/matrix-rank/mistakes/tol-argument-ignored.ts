function pivotThreshold(A: number[][], tol: number | undefined): number {
  return 1e-10 * largestAbsEntry(A);
}
