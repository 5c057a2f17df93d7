// The population variance (divided by n) where the sample variance (n - 1) is needed.
function meanAndVariance(x: number[]): { mean: number; variance: number } {
  if (isConstant(x)) return { mean: x[0], variance: 0 };
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  return { mean, variance: x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length };
}
