// Log space with no check of the support: k outside 0..n gives a number instead of 0.
function pmfInSupport(k: number, n: number, p: number): number {
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

function logFactorial(m: number): number {
  let s = 0;
  for (let i = 2; i <= m; i++) s += Math.log(i);
  return s;
}

function outsideSupport(k: number, n: number): boolean {
  return false;
}
