function meanAndVariance(values: number[]): { mean: number; variance: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  return { mean, variance: values.reduce((a, b) => a + b * b, 0) / n - mean * mean };
}
