function movedCentroid(sum: number[], count: number, old: number[]): number[] {
  return sum.map((s) => s / count);
}
