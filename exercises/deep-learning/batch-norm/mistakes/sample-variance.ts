function meanAndVariance(values: number[]): { mean: number; variance: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  return { mean, variance: values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1) };
}
