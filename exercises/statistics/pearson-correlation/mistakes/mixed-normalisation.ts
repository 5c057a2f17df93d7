// Sample covariance (n - 1) over population standard deviations (n).
export function pearson(x: number[], y: number[]): number {
  checkLengths(x, y);
  checkNotConstant(x, y);
  const s = centredSums(x, y);
  const n = x.length;
  return s.sxy / (n - 1) / (Math.sqrt(s.sxx / n) * Math.sqrt(s.syy / n));
}
