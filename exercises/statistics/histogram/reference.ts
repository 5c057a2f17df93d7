/**
 * numpy.histogram with an integer number of bins: equal-width bins over [min, max] (over
 * [x - 0.5, x + 0.5] when every value equals x), edges[i] = lo + i (hi - lo) / bins with the last
 * edge set to hi exactly, bins half-open [e_i, e_{i+1}) except the last, which is closed.
 */
export function histogram(x: number[], bins: number): { edges: number[]; counts: number[] } {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`histogram: bins must be a positive integer, got ${bins}`);
  const n = x.length;
  if (n === 0) throw new Error("histogram of an empty sample: the range [min, max] is undefined");

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
  const width = hi - lo;

  const edges = new Array<number>(bins + 1);
  for (let i = 0; i < bins; i++) edges[i] = lo + (i * width) / bins;
  edges[bins] = hi;

  const counts = new Array<number>(bins).fill(0);
  for (const value of x) {
    // First guess from the position in the range, then settle against the edges actually
    // returned, so that every count agrees with edges[k] <= value < edges[k + 1].
    let k = Math.floor(((value - lo) / width) * bins);
    if (!(k >= 0)) k = 0;
    if (k > bins - 1) k = bins - 1;
    while (k > 0 && value < edges[k]) k--;
    while (k < bins - 1 && value >= edges[k + 1]) k++;
    counts[k]++;
  }
  return { edges, counts };
}
