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
  const t = state.t + 1;
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grads[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * grads[i] ** 2);
  const newParams = params.map((p, i) => {
    const mHat = m[i] / (1 - beta1 ** t);
    const vHat = v[i] / (1 - beta2 ** t);
    return p - (lr * mHat) / Math.sqrt(vHat + eps);
  });
  return { params: newParams, state: { m, v, t } };
}
