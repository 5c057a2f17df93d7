/** One k-means step: label each point with its nearest centroid, then move each centroid to the mean of its points. */
export function kMeansStep(X: number[][], centroids: number[][]): { labels: number[]; centroids: number[][] } {
  // Your code here.
  return { labels: X.map(() => 0), centroids: centroids.map((c) => [...c]) };
}
