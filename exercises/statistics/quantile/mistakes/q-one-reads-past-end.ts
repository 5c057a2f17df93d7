// No case for h = n - 1: q = 1 reads sorted[n], undefined, and returns NaN.
function interpolate(sorted: number[], h: number): number {
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}
