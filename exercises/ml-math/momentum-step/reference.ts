/**
 * One step of SGD with (heavy-ball) momentum, PyTorch's form: v = beta v + g, then
 * params - lr v. Pure: the inputs are left untouched and both results are fresh arrays.
 */
export function momentumStep(params: number[], grads: number[], velocity: number[], lr: number, beta: number): { params: number[]; velocity: number[] } {
  const k = params.length;
  if (grads.length !== k) throw new Error(`grads has length ${grads.length}, params has length ${k}`);
  if (velocity.length !== k) throw new Error(`velocity has length ${velocity.length}, params has length ${k}`);
  const nextVelocity = new Array<number>(k);
  const nextParams = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    nextVelocity[i] = updatedVelocity(velocity[i], grads[i], beta);
    nextParams[i] = movedParameter(params[i], grads[i], velocity[i], nextVelocity[i], lr);
  }
  return { params: nextParams, velocity: nextVelocity };
}

/** The new velocity beta v + g: the old one decayed, plus the whole gradient. */
function updatedVelocity(v: number, g: number, beta: number): number {
  return beta * v + g;
}

/** The parameter moved by lr along the new velocity (the gradient and old velocity are not used). */
function movedParameter(p: number, g: number, oldVelocity: number, newVelocity: number, lr: number): number {
  return p - lr * newVelocity;
}
