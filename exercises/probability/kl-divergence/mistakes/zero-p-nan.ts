// No special case for p_i = 0: 0 * (ln 0 - ln q) = 0 * -Infinity = NaN.
function klTerm(pi: number, qi: number): number {
  return pi * (Math.log(pi) - Math.log(qi));
}
