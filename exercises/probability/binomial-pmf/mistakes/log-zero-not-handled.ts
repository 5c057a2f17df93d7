// Log space without the degenerate p: 0 * ln 0 = NaN when p is 0 or 1.
function pmfInSupport(k: number, n: number, p: number): number {
  const logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

function logFactorial(m: number): number {
  let s = 0;
  for (let i = 2; i <= m; i++) s += Math.log(i);
  return s;
}
