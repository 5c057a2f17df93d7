export function klDivergence(p: number[], q: number[]): number {
  if (p.length !== q.length) throw new Error("length mismatch");
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    sum += p[i] * (Math.log(p[i]) - Math.log(q[i]));
  }
  return sum;
}
