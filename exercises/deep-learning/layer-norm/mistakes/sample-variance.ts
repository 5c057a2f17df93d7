function meanAndVariance(row: number[]): { mean: number; variance: number } {
  const d = row.length;
  const mean = row.reduce((a, b) => a + b, 0) / d;
  return { mean, variance: row.reduce((a, v) => a + (v - mean) ** 2, 0) / (d - 1) };
}
