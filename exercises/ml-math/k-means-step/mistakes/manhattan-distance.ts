export function kMeansStep(X: number[][], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  if (X.length === 0 || centroids.length === 0) throw new Error("empty input");
  const d = X[0].length;
  if ([...X, ...centroids].some((p) => p.length !== d)) throw new Error("dimension mismatch");
  const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, j) => s + (v - b[j]) ** 2, 0));
  const l1 = (a: number[], b: number[]) => a.reduce((s, v, j) => s + Math.abs(v - b[j]), 0);
  const labels = X.map((x) => {
    let best = 0;
    for (let c = 1; c < centroids.length; c++) if (l1(x, centroids[c]) < l1(x, centroids[best])) best = c;
    return best;
  });
  const next = centroids.map((c, ci) => {
    const members = X.filter((_, i) => labels[i] === ci);
    if (members.length === 0) return [...c];
    return c.map((_, j) => members.reduce((s, p) => s + p[j], 0) / members.length);
  });
  return { labels, centroids: next };
}
