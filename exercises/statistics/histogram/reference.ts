/** Throws unless bins is a positive integer and the sample is not empty. */
function checkArguments(x: number[], bins: number): void {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`histogram: bins must be a positive integer, got ${bins}`);
  if (x.length === 0) throw new Error("histogram of an empty sample: the range [min, max] is undefined");
}

/** The range [min, max] of the sample, widened to [x - 0.5, x + 0.5] when every value equals x. */
function valueRange(x: number[]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of x) {
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  return { lo, hi };
}

/** bins + 1 equal-width edges: lo + i (hi - lo) / bins, with the last edge set to hi exactly. */
function binEdges(lo: number, hi: number, bins: number): number[] {
  const width = hi - lo;
  const edges = new Array<number>(bins + 1);
  for (let i = 0; i < bins; i++) edges[i] = lo + (i * width) / bins;
  edges[bins] = hi;
  return edges;
}

/**
 * The bin k with edges[k] <= value < edges[k + 1] (the last bin closed): a first guess from the
 * position in the range, then settled against the edges actually returned.
 */
function binIndex(value: number, lo: number, width: number, edges: number[]): number {
  const bins = edges.length - 1;
  let k = Math.floor(((value - lo) / width) * bins);
  if (!(k >= 0)) k = 0;
  if (k > bins - 1) k = bins - 1;
  while (k > 0 && value < edges[k]) k--;
  while (k < bins - 1 && value >= edges[k + 1]) k++;
  return k;
}

/** How many values fall in each bin. */
function countValues(x: number[], lo: number, width: number, edges: number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const value of x) counts[binIndex(value, lo, width, edges)]++;
  return counts;
}

/**
 * numpy.histogram with an integer number of bins: equal-width bins over [min, max] (over
 * [x - 0.5, x + 0.5] when every value equals x), edges[i] = lo + i (hi - lo) / bins with the last
 * edge set to hi exactly, bins half-open [e_i, e_{i+1}) except the last, which is closed.
 */
export function histogram(x: number[], bins: number): { edges: number[]; counts: number[] } {
  checkArguments(x, bins);
  const { lo, hi } = valueRange(x);
  const edges = binEdges(lo, hi, bins);
  return { edges, counts: countValues(x, lo, hi - lo, edges) };
}
