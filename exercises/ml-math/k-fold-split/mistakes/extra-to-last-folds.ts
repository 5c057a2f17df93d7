function foldSize(fold: number, n: number, k: number): number {
  return Math.floor(n / k) + (fold >= k - (n % k) ? 1 : 0);
}
