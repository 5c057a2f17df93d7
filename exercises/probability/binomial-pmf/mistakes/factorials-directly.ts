export function binomialPmf(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k)) throw new Error("n and k must be integers, n >= 0");
  if (!(p >= 0 && p <= 1)) throw new Error("p must be in [0, 1]");
  if (k < 0 || k > n) return 0;
  return (factorial(n) / (factorial(k) * factorial(n - k))) * p ** k * (1 - p) ** (n - k);
}

function factorial(m: number): number {
  let f = 1;
  for (let i = 2; i <= m; i++) f *= i;
  return f;
}
