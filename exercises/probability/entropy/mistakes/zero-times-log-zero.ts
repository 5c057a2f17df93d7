export function entropy(p: number[], base: number = Math.E): number {
  if (p.length === 0) throw new Error("empty distribution");
  if (!Number.isFinite(base) || base <= 1) throw new Error("base must be > 1");
  let total = 0;
  for (const value of p) {
    if (!Number.isFinite(value) || value < 0) throw new Error("not a probability");
    total += value;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error("probabilities do not sum to 1");
  let sum = 0;
  for (const value of p) sum -= value * Math.log(value);
  return sum / Math.log(base);
}
