function foldSize(fold: number, n: number, k: number): number {
  const size = Math.ceil(n / k);
  return Math.max(0, Math.min(size, n - fold * size));
}
