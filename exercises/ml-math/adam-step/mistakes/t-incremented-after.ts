export function adamStep(
  params: number[],
  grads: number[],
  state: { m: number[]; v: number[]; t: number },
  lr = 0.001,
  beta1 = 0.9,
  beta2 = 0.999,
  eps = 1e-8,
) {
  const n = params.length;
  if (grads.length !== n || state.m.length !== n || state.v.length !== n) throw new Error("length mismatch");
  if (!Number.isInteger(state.t) || state.t < 0) throw new Error("bad t");
  if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1) throw new Error("bad beta");
  let t = state.t;
  const m: number[] = [];
  const v: number[] = [];
  const newParams: number[] = [];
  for (let i = 0; i < n; i++) {
    m.push(beta1 * state.m[i] + (1 - beta1) * grads[i]);
    v.push(beta2 * state.v[i] + (1 - beta2) * grads[i] * grads[i]);
    const mHat = m[i] / (1 - Math.pow(beta1, t));
    const vHat = v[i] / (1 - Math.pow(beta2, t));
    newParams.push(params[i] - (lr * mHat) / (Math.sqrt(vHat) + eps));
  }
  t += 1;
  return { params: newParams, state: { m, v, t } };
}
