// p and 1 - p swapped: p^(n-k) (1 - p)^k.
function pmfInSupport(k: number, n: number, p: number): number {
  if (p === 0) return k === n ? 1 : 0;
  if (p === 1) return k === 0 ? 1 : 0;
  const logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logChoose + (n - k) * Math.log(p) + k * Math.log(1 - p));
}

function logFactorial(m: number): number {
  let s = 0;
  for (let i = 2; i <= m; i++) s += Math.log(i);
  return s;
}
