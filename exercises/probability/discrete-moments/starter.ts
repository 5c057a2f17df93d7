/** Mean E[X] and variance E[(X - E[X])^2] of a discrete distribution with P(X = values[i]) = probs[i]. */
export function discreteMoments(values: number[], probs: number[]): { mean: number; variance: number } {
  // Your code here.
  return { mean: 0, variance: 0 };
}
