/**
 * Shannon entropy -sum p_i log_base(p_i) of a probability vector, with 0 log 0 = 0.
 * Throws unless p is a non-empty vector of finite, non-negative numbers summing to 1 (+/- 1e-9),
 * and unless base is a finite number greater than 1.
 */
export function entropy(p: number[], base: number = Math.E): number {
  if (p.length === 0) throw new Error("entropy: the distribution is empty");
  if (!Number.isFinite(base) || base <= 1) throw new Error(`entropy: base must be a finite number > 1, got ${base}`);
  let total = 0;
  for (const value of p) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`entropy: ${value} is not a probability`);
    total += value;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error(`entropy: the probabilities sum to ${total}, not 1`);
  let sum = 0;
  for (const value of p) if (value > 0) sum -= value * Math.log(value);
  return sum / Math.log(base);
}
