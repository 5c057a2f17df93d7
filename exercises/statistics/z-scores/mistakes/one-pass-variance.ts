// E[x^2] - mean^2 in one pass: it cancels catastrophically for values far from 0.
function populationStd(x: number[], mean: number): number {
  return Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length - mean * mean);
}
