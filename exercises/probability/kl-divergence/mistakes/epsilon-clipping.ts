// q clipped to 1e-12, so a q_i = 0 under p_i > 0 gives a finite value, not Infinity.
function klTerm(pi: number, qi: number): number {
  return pi > 0 ? pi * (Math.log(pi) - Math.log(Math.max(qi, 1e-12))) : 0;
}
