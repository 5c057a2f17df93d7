export function rmspropStep(params: number[], grads: number[], sq: number[], lr: number, rho: number, eps: number): { params: number[]; sq: number[] } {
  if (grads.length !== params.length || sq.length !== params.length) throw new Error("length mismatch");
  const newParams = params.map((p, i) => p - (lr * grads[i]) / (Math.sqrt(sq[i]) + eps));
  const newSq = sq.map((s, i) => rho * s + (1 - rho) * grads[i] * grads[i]);
  return { params: newParams, sq: newSq };
}
