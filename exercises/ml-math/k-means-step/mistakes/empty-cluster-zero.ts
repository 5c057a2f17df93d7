export function kMeansStep(X: number[][], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  if (X.length === 0 || centroids.length === 0) throw new Error("empty input");
  const d = X[0].length;
  if ([...X, ...centroids].some((p) => p.length !== d)) throw new Error("dimension mismatch");
  const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, j) => s + (v - b[j]) ** 2, 0));
  const labels = X.map((x) => {
    let best = 0;
    for (let c = 1; c < centroids.length; c++) if (dist(x, centroids[c]) < dist(x, centroids[best])) best = c;
    return best;
  });
  const sums = centroids.map((c) => c.map(() => 0));
  const counts = centroids.map(() => 0);
  X.forEach((x, i) => {
    counts[labels[i]]++;
    x.forEach((v, j) => (sums[labels[i]][j] += v));
  });
  const next = sums.map((s, ci) => s.map((v) => v / Math.max(counts[ci], 1)));
  return { labels, centroids: next };
}
