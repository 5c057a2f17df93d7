/** Throws on empty or mismatched distributions, and unless each holds probabilities summing to 1. */
function checkArguments(p: number[], q: number[]): void {
  if (p.length === 0) throw new Error("klDivergence: the distributions are empty");
  if (p.length !== q.length) throw new Error(`klDivergence: length mismatch (${p.length} vs ${q.length})`);
  checkDistribution(p, "p");
  checkDistribution(q, "q");
}

/** Throws unless every value is a finite probability >= 0 and they sum to 1 (within 1e-9). */
function checkDistribution(v: number[], name: string): void {
  let total = 0;
  for (const value of v) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`klDivergence: ${name} contains ${value}, not a probability`);
    total += value;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error(`klDivergence: ${name} sums to ${total}, not 1`);
}

/**
 * One term p_i (ln p_i - ln q_i): 0 when p_i = 0, Infinity when q_i = 0 under p_i > 0.
 * ln p - ln q rather than ln(p / q), which overflows when q_i is tiny (1e-310).
 */
function klTerm(pi: number, qi: number): number {
  if (pi === 0) return 0;
  if (qi === 0) return Infinity;
  return pi * (Math.log(pi) - Math.log(qi));
}

/** Kullback-Leibler divergence D(p || q) = sum p_i (ln p_i - ln q_i), natural log. */
export function klDivergence(p: number[], q: number[]): number {
  checkArguments(p, q);
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += klTerm(p[i], q[i]);
  return sum;
}
