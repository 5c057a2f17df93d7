// E[X^2] - mean^2 in one pass: it cancels catastrophically for values far from 0.
function weightedVariance(values: number[], probs: number[], mean: number): number {
  let secondMoment = 0;
  for (let i = 0; i < values.length; i++) secondMoment += probs[i] * values[i] * values[i];
  return secondMoment - mean * mean;
}
