export function histogram(x: number[], bins: number): { edges: number[]; counts: number[] } {
  if (!Number.isInteger(bins) || bins < 1) throw new Error("bins must be a positive integer");
  if (x.length === 0) throw new Error("empty sample");
  const min = Math.min(...x);
  const max = Math.max(...x);
  if (min === max) throw new Error("all values are equal: the bin width would be 0");
  const edges: number[] = [];
  for (let i = 0; i < bins; i++) edges.push(min + (i * (max - min)) / bins);
  edges.push(max);
  const counts = new Array(bins).fill(0);
  for (const v of x) {
    let k = 0;
    while (k < bins - 1 && v >= edges[k + 1]) k++;
    counts[k]++;
  }
  return { edges, counts };
}
