export function momentumStep(params: number[], grads: number[], velocity: number[], lr: number, beta: number): { params: number[]; velocity: number[] } {
  if (grads.length !== params.length || velocity.length !== params.length) throw new Error("length mismatch");
  const next = velocity.map((v, i) => beta * v + lr * grads[i]);
  return { params: params.map((p, i) => p - next[i]), velocity: next };
}
