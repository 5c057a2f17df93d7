/**
 * Two-sided Student t confidence interval for the mean: mean -/+ t* s / sqrt(n), with t* the
 * (1 + confidence) / 2 quantile of Student's t with n - 1 degrees of freedom and s the sample
 * standard deviation (two passes: the mean first).
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
  const standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
  const halfWidth = studentTQuantile((1 + confidence) / 2, n - 1) * standardError;
  return [mean - halfWidth, mean + halfWidth];
}
