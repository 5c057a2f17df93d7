function groupStd(values: number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((total, value) => total + (value - m) ** 2, 0) / values.length);
}
