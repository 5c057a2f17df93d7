function thresholdOf(A: number[][], tol: number | undefined): number {
  let largest = 0;
  for (const row of A) for (const value of row) largest = Math.max(largest, Math.abs(value));
  return 1e-10 * largest;
}
