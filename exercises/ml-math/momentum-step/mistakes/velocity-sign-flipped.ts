export function momentumStep(params: number[], grads: number[], velocity: number[], lr: number, beta: number): { params: number[]; velocity: number[] } {
  if (grads.length !== params.length || velocity.length !== params.length) throw new Error("length mismatch");
  const newVelocity: number[] = [];
  const newParams: number[] = [];
  for (let i = 0; i < params.length; i++) {
    newVelocity.push(beta * velocity[i] - grads[i]);
    newParams.push(params[i] + lr * newVelocity[i]);
  }
  return { params: newParams, velocity: newVelocity };
}
