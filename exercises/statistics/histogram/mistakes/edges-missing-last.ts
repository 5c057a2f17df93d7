// Only the left edges: bins values, not bins + 1.
function binEdges(lo: number, hi: number, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 0; i < bins; i++) edges.push(lo + i * ((hi - lo) / bins));
  return edges;
}

// Counted from the position in the range alone, the maximum clamped into the last bin.
function countValues(x: number[], lo: number, width: number, edges: number[]): number[] {
  const counts = new Array<number>(edges.length).fill(0);
  for (const v of x) counts[Math.min(edges.length - 1, Math.floor((v - lo) / (width / edges.length)))]++;
  return counts;
}
