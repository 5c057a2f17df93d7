// n! / (k! (n - k)!) from factorials: 171! overflows to Infinity.
function pmfInSupport(k: number, n: number, p: number): number {
  return (factorial(n) / (factorial(k) * factorial(n - k))) * p ** k * (1 - p) ** (n - k);
}

function factorial(m: number): number {
  let f = 1;
  for (let i = 2; i <= m; i++) f *= i;
  return f;
}
