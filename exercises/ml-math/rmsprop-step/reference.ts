/**
 * One RMSprop update (PyTorch's form, eps outside the square root). Pure: the inputs are left
 * untouched and both results are fresh arrays.
 */
export function rmspropStep(
  params: number[],
  grads: number[],
  sq: number[],
  lr: number,
  rho: number,
  eps: number,
): { params: number[]; sq: number[] } {
  const k = params.length;
  if (grads.length !== k) throw new Error(`grads has length ${grads.length}, params has length ${k}`);
  if (sq.length !== k) throw new Error(`sq has length ${sq.length}, params has length ${k}`);
  const nextSq = new Array<number>(k);
  const nextParams = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    const g = grads[i];
    nextSq[i] = rho * sq[i] + (1 - rho) * g * g;
    nextParams[i] = params[i] - (lr * g) / (Math.sqrt(nextSq[i]) + eps);
  }
  return { params: nextParams, sq: nextSq };
}
