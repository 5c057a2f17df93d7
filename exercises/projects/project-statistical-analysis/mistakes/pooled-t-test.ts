function standardError(a: number[], b: number[]): { se2: number; df: number } {
  const df = a.length + b.length - 2;
  const pooled = ((a.length - 1) * sampleVariance(a) + (b.length - 1) * sampleVariance(b)) / df;
  return { se2: pooled * (1 / a.length + 1 / b.length), df };
}
