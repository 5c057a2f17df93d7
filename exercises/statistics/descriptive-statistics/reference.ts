import { sortedCopy } from "../reference-steps";

/** Sum, minimum and maximum in one pass. */
function sumAndRange(x: number[]): { sum: number; min: number; max: number } {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const value of x) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { sum, min, max };
}

/** Sum of squared deviations from the mean (the second pass). */
function centredSquares(x: number[], mean: number): number {
  let squares = 0;
  for (const value of x) {
    const deviation = value - mean;
    squares += deviation * deviation;
  }
  return squares;
}

/** Sample variance squares / (n - 1) and the standard deviation, its square root. */
function spread(squares: number, n: number): { variance: number; std: number } {
  const variance = squares / (n - 1);
  return { variance, std: Math.sqrt(variance) };
}

/** The median of sorted values: the middle one, or the mean of the two middle ones for even n. */
function medianOfSorted(sorted: number[]): number {
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Mean, median, sample variance (two passes), std, min and max; throws for fewer than two values. */
export function describe(x: number[]): { mean: number; median: number; variance: number; std: number; min: number; max: number } {
  const n = x.length;
  if (n < 2) throw new Error(`describe needs at least two values (got ${n}): the sample variance divides by n - 1`);
  const { sum, min, max } = sumAndRange(x);
  const mean = sum / n;
  const { variance, std } = spread(centredSquares(x, mean), n);
  return { mean, median: medianOfSorted(sortedCopy(x)), variance, std, min, max };
}
