/**
 * Throws unless p is a non-empty vector of finite, non-negative numbers summing to 1 (+/- 1e-9),
 * and unless base is a finite number greater than 1.
 */
function checkArguments(p: number[], base: number): void {
  if (p.length === 0) throw new Error("entropy: the distribution is empty");
  if (!Number.isFinite(base) || base <= 1) throw new Error(`entropy: base must be a finite number > 1, got ${base}`);
  let total = 0;
  for (const value of p) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`entropy: ${value} is not a probability`);
    total += value;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error(`entropy: the probabilities sum to ${total}, not 1`);
}

/** Entropy in nats, -sum p_i ln p_i, with 0 ln 0 = 0 (zero entries skipped). */
function entropyInNats(p: number[]): number {
  let sum = 0;
  for (const value of p) if (value > 0) sum -= value * Math.log(value);
  return sum;
}

/** An entropy in nats converted to the given base: divided by ln(base). */
function inBase(nats: number, base: number): number {
  return nats / Math.log(base);
}

/** Shannon entropy -sum p_i log_base(p_i) of a probability vector (natural log by default). */
export function entropy(p: number[], base: number = Math.E): number {
  checkArguments(p, base);
  return inBase(entropyInNats(p), base);
}
