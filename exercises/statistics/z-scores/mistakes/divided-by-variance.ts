// Divided by the variance instead of the standard deviation.
function populationStd(x: number[], mean: number): number {
  return x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / x.length;
}
