/**
 * Kullback-Leibler divergence D(p || q) = sum p_i (ln p_i - ln q_i), natural log.
 * Terms with p_i = 0 contribute 0; a q_i = 0 under a p_i > 0 makes the divergence Infinity.
 * ln p - ln q is used rather than ln(p / q), which overflows when q_i is tiny (1e-310).
 */
export function klDivergence(p: number[], q: number[]): number {
  if (p.length === 0) throw new Error("klDivergence: the distributions are empty");
  if (p.length !== q.length) throw new Error(`klDivergence: length mismatch (${p.length} vs ${q.length})`);
  checkDistribution(p, "p");
  checkDistribution(q, "q");
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    sum += p[i] * (Math.log(p[i]) - Math.log(q[i]));
  }
  return sum;
}

function checkDistribution(v: number[], name: string): void {
  let total = 0;
  for (const value of v) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`klDivergence: ${name} contains ${value}, not a probability`);
    total += value;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error(`klDivergence: ${name} sums to ${total}, not 1`);
}
