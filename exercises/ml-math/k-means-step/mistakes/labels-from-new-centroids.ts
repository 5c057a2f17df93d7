export function kMeansStep(X: number[][], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  const d = checkArguments(X, centroids);
  const next = clusterMeans(
    X,
    X.map((x) => nearestCentroid(x, centroids)),
    centroids,
    d,
  );
  return { labels: X.map((x) => nearestCentroid(x, next)), centroids: next };
}
