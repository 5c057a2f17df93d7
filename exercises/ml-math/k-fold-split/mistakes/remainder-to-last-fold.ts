function foldSize(fold: number, n: number, k: number): number {
  return fold === k - 1 ? n - (k - 1) * Math.floor(n / k) : Math.floor(n / k);
}
