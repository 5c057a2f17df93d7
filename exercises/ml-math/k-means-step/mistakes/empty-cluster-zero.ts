function movedCentroid(sum: number[], count: number, old: number[]): number[] {
  return sum.map((s) => s / Math.max(count, 1));
}
