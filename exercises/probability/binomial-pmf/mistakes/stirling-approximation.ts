// ln m! from the plain Stirling formula, without its correction terms.
function pmfInSupport(k: number, n: number, p: number): number {
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

/** Stirling's formula: log m! ~ m log m - m + log(2 pi m) / 2. */
function logFactorial(m: number): number {
  if (m === 0) return 0;
  return m * Math.log(m) - m + 0.5 * Math.log(2 * Math.PI * m);
}
