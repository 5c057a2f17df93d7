export function klDivergence(p: number[], q: number[]): number {
  if (p.length === 0 || p.length !== q.length) throw new Error("bad lengths");
  checkDistribution(p);
  checkDistribution(q);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] > 0) sum += p[i] * Math.log(p[i] / q[i]);
  }
  return sum;
}

