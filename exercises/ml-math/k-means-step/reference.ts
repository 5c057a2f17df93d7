/**
 * One Lloyd iteration of k-means: assign every point to its nearest centroid (Euclidean, ties
 * to the lower centroid index), then move each centroid to the mean of its points; a centroid
 * with no points stays where it was. Inputs are left untouched.
 */
export function kMeansStep(X: number[][], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  const n = X.length;
  const k = centroids.length;
  if (k === 0) throw new Error("no centroids");
  // No points is not an error: every cluster is empty and keeps its centroid.
  const d = n > 0 ? X[0].length : centroids[0].length;
  for (let i = 0; i < n; i++) if (X[i].length !== d) throw new Error(`row ${i} of X has ${X[i].length} coordinates, expected ${d}`);
  for (let c = 0; c < k; c++) if (centroids[c].length !== d) throw new Error(`centroid ${c} has ${centroids[c].length} coordinates, expected ${d}`);

  const labels = new Array<number>(n);
  const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestSquared = Infinity;
    for (let c = 0; c < k; c++) {
      let squared = 0;
      for (let j = 0; j < d; j++) squared += (X[i][j] - centroids[c][j]) ** 2;
      // Strict < keeps the lower index on a tie.
      if (squared < bestSquared) {
        bestSquared = squared;
        best = c;
      }
    }
    labels[i] = best;
    counts[best]++;
    for (let j = 0; j < d; j++) sums[best][j] += X[i][j];
  }
  const next = sums.map((sum, c) => (counts[c] === 0 ? centroids[c].slice() : sum.map((s) => s / counts[c])));
  return { labels, centroids: next };
}
