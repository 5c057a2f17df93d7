/**
 * One Lloyd iteration of k-means: assign every point to its nearest centroid (Euclidean, ties
 * to the lower centroid index), then move each centroid to the mean of its points; a centroid
 * with no points stays where it was. Inputs are left untouched.
 */
export function kMeansStep(X: number[][], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  const d = checkArguments(X, centroids);
  const labels = X.map((x) => nearestCentroid(x, centroids));
  return { labels, centroids: clusterMeans(X, labels, centroids, d) };
}

/** Rejects no centroids and points or centroids of another dimension; returns the dimension. */
function checkArguments(X: number[][], centroids: number[][]): number {
  const k = centroids.length;
  if (k === 0) throw new Error("no centroids");
  // No points is not an error: every cluster is empty and keeps its centroid.
  const d = X.length > 0 ? X[0].length : centroids[0].length;
  for (let i = 0; i < X.length; i++) if (X[i].length !== d) throw new Error(`row ${i} of X has ${X[i].length} coordinates, expected ${d}`);
  for (let c = 0; c < k; c++) if (centroids[c].length !== d) throw new Error(`centroid ${c} has ${centroids[c].length} coordinates, expected ${d}`);
  return d;
}

/** Squared Euclidean distance: orders like the distance and is exact for integer data. */
function squaredDistance(a: number[], b: number[]): number {
  let squared = 0;
  for (let j = 0; j < a.length; j++) squared += (a[j] - b[j]) ** 2;
  return squared;
}

/** The index of the centroid nearest to x, the lower index on a tie. */
function nearestCentroid(x: number[], centroids: number[][]): number {
  let best = 0;
  let bestSquared = Infinity;
  for (let c = 0; c < centroids.length; c++) {
    const squared = squaredDistance(x, centroids[c]);
    if (isNearer(squared, bestSquared)) {
      bestSquared = squared;
      best = c;
    }
  }
  return best;
}

/** Strictly nearer: on a tie the centroid met first (lower index) is kept. */
function isNearer(squared: number, bestSquared: number): boolean {
  return squared < bestSquared;
}

/** Each centroid moved to the mean of the points labelled with it. */
function clusterMeans(X: number[][], labels: number[], centroids: number[][], d: number): number[][] {
  const sums = centroids.map(() => new Array<number>(d).fill(0));
  const counts = new Array<number>(centroids.length).fill(0);
  for (let i = 0; i < X.length; i++) {
    counts[labels[i]]++;
    for (let j = 0; j < d; j++) sums[labels[i]][j] += X[i][j];
  }
  return sums.map((sum, c) => movedCentroid(sum, counts[c], centroids[c]));
}

/** The mean sum / count of a cluster; an empty cluster keeps its old centroid (a copy). */
function movedCentroid(sum: number[], count: number, old: number[]): number[] {
  return count === 0 ? old.slice() : sum.map((s) => s / count);
}
