// Every bin half-open, the last one too: the maximum is not counted.
function countValues(x: number[], lo: number, width: number, edges: number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const v of x) {
    for (let k = 0; k < counts.length; k++) if (v >= edges[k] && v < edges[k + 1]) counts[k]++;
  }
  return counts;
}
