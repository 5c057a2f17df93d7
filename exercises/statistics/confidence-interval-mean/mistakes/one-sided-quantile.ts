// The confidence quantile itself, as for a one-sided bound: alpha is not split between the tails.
function criticalValue(confidence: number, n: number): number {
  return studentTQuantile(confidence, n - 1);
}
