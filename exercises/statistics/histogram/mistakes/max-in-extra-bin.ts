// k = floor((v - lo) / bin width) for every value: the maximum lands in a bin of its own, bins + 1.
function countValues(x: number[], lo: number, width: number, edges: number[]): number[] {
  const counts: number[] = new Array(edges.length - 1).fill(0);
  for (const v of x) {
    const k = Math.floor((v - lo) / (width / (edges.length - 1)));
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
