function thresholdOf(A: number[][], tol: number | undefined): number {
  let largest = A.length === 0 ? 0 : -Infinity;
  for (const row of A) for (const value of row) largest = Math.max(largest, value);
  return tol ?? 1e-10 * largest;
}
