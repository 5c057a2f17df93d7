// D(q || p): the arguments swapped (the divergence is not symmetric).
export function klDivergence(p: number[], q: number[]): number {
  checkArguments(p, q);
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += klTerm(q[i], p[i]);
  return sum;
}
