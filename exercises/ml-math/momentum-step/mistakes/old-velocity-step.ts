export function momentumStep(params: number[], grads: number[], velocity: number[], lr: number, beta: number): { params: number[]; velocity: number[] } {
  if (grads.length !== params.length || velocity.length !== params.length) throw new Error("length mismatch");
  const newParams = params.map((p, i) => p - lr * velocity[i]);
  const newVelocity = velocity.map((v, i) => beta * v + grads[i]);
  return { params: newParams, velocity: newVelocity };
}
