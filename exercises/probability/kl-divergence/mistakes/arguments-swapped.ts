export function klDivergence(p: number[], q: number[]): number {
  if (p.length === 0 || p.length !== q.length) throw new Error("bad lengths");
  checkDistribution(p);
  checkDistribution(q);
  // D(q || p)
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (q[i] === 0) continue;
    if (p[i] === 0) return Infinity;
    sum += q[i] * (Math.log(q[i]) - Math.log(p[i]));
  }
  return sum;
}

