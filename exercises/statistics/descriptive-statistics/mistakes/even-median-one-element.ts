// For even n, the upper of the two middle values instead of their mean.
function medianOfSorted(sorted: number[]): number {
  return sorted[Math.floor(sorted.length / 2)];
}
