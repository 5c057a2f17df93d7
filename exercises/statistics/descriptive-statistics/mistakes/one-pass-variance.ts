// sum(x^2) - n mean^2 in one pass: it cancels catastrophically for values far from 0.
function centredSquares(x: number[], mean: number): number {
  return x.reduce((s, v) => s + v * v, 0) - x.length * mean * mean;
}
