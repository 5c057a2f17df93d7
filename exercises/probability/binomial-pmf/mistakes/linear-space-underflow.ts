// C(n, k) p^k q^(n-k) in linear space: the powers underflow to 0 for large n.
function pmfInSupport(k: number, n: number, p: number): number {
  let choose = 1;
  const j = Math.min(k, n - k);
  for (let i = 1; i <= j; i++) choose = (choose * (n - j + i)) / i;
  return choose * Math.pow(p, k) * Math.pow(1 - p, n - k);
}
