// The sample variance (n - 1) but the population standard deviation (n): std^2 is not the variance.
function spread(squares: number, n: number): { variance: number; std: number } {
  return { variance: squares / (n - 1), std: Math.sqrt(squares / n) };
}
