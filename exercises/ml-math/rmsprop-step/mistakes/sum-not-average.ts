export function rmspropStep(params: number[], grads: number[], sq: number[], lr: number, rho: number, eps: number): { params: number[]; sq: number[] } {
  if (grads.length !== params.length || sq.length !== params.length) throw new Error("length mismatch");
  const newSq: number[] = [];
  const newParams: number[] = [];
  for (let i = 0; i < params.length; i++) {
    newSq.push(rho * sq[i] + grads[i] * grads[i]);
    newParams.push(params[i] - (lr * grads[i]) / (Math.sqrt(newSq[i]) + eps));
  }
  return { params: newParams, sq: newSq };
}
