export function transpose(A: number[][]): number[][] {
  if (A.length === 0) return [];
  return A[0].map((_, j) => A.map((row) => row[j]));
}
