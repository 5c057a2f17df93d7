// -p ln q: the cross-entropy H(p, q), without subtracting H(p).
function klTerm(pi: number, qi: number): number {
  if (pi === 0) return 0;
  if (qi === 0) return Infinity;
  return -pi * Math.log(qi);
}
