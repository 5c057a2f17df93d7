export function rmspropStep(params: number[], grads: number[], sq: number[], lr: number, rho: number, eps: number): { params: number[]; sq: number[] } {
  checkLengths(params, grads, sq);
  return {
    params: params.map((p, i) => movedParameter(p, grads[i], sq[i], lr, eps)),
    sq: sq.map((s, i) => secondMoment(s, grads[i], rho)),
  };
}
