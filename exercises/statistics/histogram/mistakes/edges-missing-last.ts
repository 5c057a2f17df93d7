export function histogram(x: number[], bins: number): { edges: number[]; counts: number[] } {
  if (!Number.isInteger(bins) || bins < 1) throw new Error("bins must be a positive integer");
  if (x.length === 0) throw new Error("empty sample");
  let min = Math.min(...x);
  let max = Math.max(...x);
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const width = (max - min) / bins;
  const edges: number[] = [];
  for (let i = 0; i < bins; i++) edges.push(min + i * width);
  const counts = new Array(bins).fill(0);
  for (const v of x) {
    const k = Math.min(bins - 1, Math.floor((v - min) / width));
    counts[k]++;
  }
  return { edges, counts };
}
