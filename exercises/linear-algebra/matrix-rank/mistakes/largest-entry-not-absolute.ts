function largestAbsEntry(A: number[][]): number {
  return A.length === 0 ? 0 : Math.max(...A.flat());
}
