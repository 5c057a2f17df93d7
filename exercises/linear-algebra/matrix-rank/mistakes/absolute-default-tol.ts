function thresholdOf(A: number[][], tol: number | undefined): number {
  return tol ?? 1e-10;
}
