/** One momentum step: v = beta v + grads, params = params - lr v; returns the new params and velocity. */
export function momentumStep(params: number[], grads: number[], velocity: number[], lr: number, beta: number): { params: number[]; velocity: number[] } {
  // Your code here.
  return { params: [...params], velocity: [...velocity] };
}
