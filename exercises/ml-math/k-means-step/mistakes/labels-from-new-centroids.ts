export function kMeansStep(X: number[][], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  if (X.length === 0 || centroids.length === 0) throw new Error("empty input");
  const d = X[0].length;
  if ([...X, ...centroids].some((p) => p.length !== d)) throw new Error("dimension mismatch");
  const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, j) => s + (v - b[j]) ** 2, 0));
  const assign = (cs: number[][]) =>
    X.map((x) => {
      let best = 0;
      for (let c = 1; c < cs.length; c++) if (dist(x, cs[c]) < dist(x, cs[best])) best = c;
      return best;
    });
  let labels = assign(centroids);
  const next = centroids.map((c, ci) => {
    const members = X.filter((_, i) => labels[i] === ci);
    if (members.length === 0) return [...c];
    return c.map((_, j) => members.reduce((s, p) => s + p[j], 0) / members.length);
  });
  labels = assign(next);
  return { labels, centroids: next };
}
