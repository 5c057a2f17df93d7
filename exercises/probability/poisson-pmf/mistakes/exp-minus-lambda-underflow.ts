// P(0) = e^-lambda, then P(i) = P(i-1) lambda / i: e^-lambda underflows to 0 for lambda > 745.
function poissonMass(k: number, lambda: number): number {
  let p = Math.exp(-lambda);
  for (let i = 1; i <= k; i++) p *= lambda / i;
  return p;
}
