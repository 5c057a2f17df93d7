function inverseStd(variance: number, eps: number): number {
  return 1 / (Math.sqrt(variance) + eps);
}
