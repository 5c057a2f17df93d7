/** One Adam step: returns the updated params and the new state { m, v, t }, inputs untouched. */
export function adamStep(
  params: number[],
  grads: number[],
  state: { m: number[]; v: number[]; t: number },
  lr = 0.001,
  beta1 = 0.9,
  beta2 = 0.999,
  eps = 1e-8,
): { params: number[]; state: { m: number[]; v: number[]; t: number } } {
  // Your code here.
  return { params: [...params], state: { m: [...state.m], v: [...state.v], t: state.t } };
}
