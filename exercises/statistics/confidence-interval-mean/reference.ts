/** Standard error of the mean, s / sqrt(n), from the centred sum of squares (s^2 = squares / (n - 1)). */
function standardError(squares: number, n: number): number {
  return Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
}

/** The critical value t*: the (1 + confidence) / 2 quantile of Student's t with n - 1 degrees of freedom. */
function criticalValue(confidence: number, n: number): number {
  return studentTQuantile((1 + confidence) / 2, n - 1);
}

/**
 * Two-sided Student t confidence interval for the mean: mean -/+ t* s / sqrt(n), with s the
 * sample standard deviation (two passes: the mean first).
 */
export function meanConfidenceInterval(x: number[], confidence: number): [number, number] {
  const n = x.length;
  if (n < 2) throw new Error("a confidence interval for the mean needs at least two values");
  if (!(confidence > 0 && confidence < 1)) throw new Error("confidence must be strictly between 0 and 1");
  let sum = 0;
  for (const value of x) sum += value;
  const mean = sum / n;
  let squares = 0;
  for (const value of x) squares += (value - mean) * (value - mean);
  const halfWidth = criticalValue(confidence, n) * standardError(squares, n);
  return [mean - halfWidth, mean + halfWidth];
}
