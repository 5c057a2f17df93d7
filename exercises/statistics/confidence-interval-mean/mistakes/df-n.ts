// n degrees of freedom instead of n - 1.
function criticalValue(confidence: number, n: number): number {
  return studentTQuantile((1 + confidence) / 2, n);
}
