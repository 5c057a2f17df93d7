/**
 * One step of SGD with (heavy-ball) momentum, PyTorch's form: v = beta v + g, then
 * params - lr v. Pure: the inputs are left untouched and both results are fresh arrays.
 */
export function momentumStep(
  params: number[],
  grads: number[],
  velocity: number[],
  lr: number,
  beta: number,
): { params: number[]; velocity: number[] } {
  const k = params.length;
  if (grads.length !== k) throw new Error(`grads has length ${grads.length}, params has length ${k}`);
  if (velocity.length !== k) throw new Error(`velocity has length ${velocity.length}, params has length ${k}`);
  const nextVelocity = new Array<number>(k);
  const nextParams = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    nextVelocity[i] = beta * velocity[i] + grads[i];
    nextParams[i] = params[i] - lr * nextVelocity[i];
  }
  return { params: nextParams, velocity: nextVelocity };
}
