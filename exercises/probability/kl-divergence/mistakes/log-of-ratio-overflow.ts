// ln(p / q): the ratio overflows to Infinity when q_i is tiny (1e-310).
function klTerm(pi: number, qi: number): number {
  return pi > 0 ? pi * Math.log(pi / qi) : 0;
}
