export function poissonPmf(k: number, lambda: number): number {
  if (!Number.isInteger(k) || k < 0) throw new Error("k must be a non-negative integer");
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error("lambda must be finite and >= 0");
  // P(0) = e^-lambda, then P(i) = P(i-1) * lambda / i
  let p = Math.exp(-lambda);
  for (let i = 1; i <= k; i++) p *= lambda / i;
  return p;
}
