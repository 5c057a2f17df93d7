// The last edge computed as lo + bins (hi - lo) / bins, which can miss hi in its last bit.
function binEdges(lo: number, hi: number, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(lo + (i * (hi - lo)) / bins);
  return edges;
}

// A value above that computed last edge (the maximum itself) is counted in no bin.
function countValues(x: number[], lo: number, width: number, edges: number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const v of x) if (v <= edges[edges.length - 1]) counts[binIndex(v, lo, width, edges)]++;
  return counts;
}
