export function klDivergence(p: number[], q: number[]): number {
  if (p.length === 0 || p.length !== q.length) throw new Error("bad lengths");
  checkDistribution(p);
  checkDistribution(q);
  // -sum p log q: the cross-entropy H(p, q), without subtracting H(p)
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    sum -= p[i] * Math.log(q[i]);
  }
  return sum;
}

function checkDistribution(v: number[]): void {
  let total = 0;
  for (const value of v) {
    if (!Number.isFinite(value) || value < 0) throw new Error("not a probability");
    total += value;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error("does not sum to 1");
}
