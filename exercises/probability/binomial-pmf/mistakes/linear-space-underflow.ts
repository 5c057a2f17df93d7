export function binomialPmf(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k)) throw new Error("n and k must be integers, n >= 0");
  if (!(p >= 0 && p <= 1)) throw new Error("p must be in [0, 1]");
  if (k < 0 || k > n) return 0;
  let choose = 1;
  const j = Math.min(k, n - k);
  for (let i = 1; i <= j; i++) choose = (choose * (n - j + i)) / i;
  return choose * Math.pow(p, k) * Math.pow(1 - p, n - k);
}
