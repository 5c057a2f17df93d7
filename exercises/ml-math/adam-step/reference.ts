interface AdamState {
  m: number[];
  v: number[];
  t: number;
}

/**
 * One Adam update. Pure: params, grads and state are left untouched; the new parameters and
 * the new state are fresh arrays.
 */
export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  lr = 0.001,
  beta1 = 0.9,
  beta2 = 0.999,
  eps = 1e-8,
): { params: number[]; state: AdamState } {
  const k = params.length;
  if (grads.length !== k) throw new Error(`grads has length ${grads.length}, params has length ${k}`);
  if (state.m.length !== k || state.v.length !== k) throw new Error("state.m and state.v must have the length of params");
  if (!Number.isInteger(state.t) || state.t < 0) throw new Error("state.t must be a non-negative integer");
  if (!(beta1 >= 0 && beta1 < 1)) throw new Error("beta1 must be in [0, 1)");
  if (!(beta2 >= 0 && beta2 < 1)) throw new Error("beta2 must be in [0, 1)");

  const t = state.t + 1;
  // 1 - beta^t is in (0, 1]; for t = 1 the subtraction is exact.
  const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;
  const m = new Array<number>(k);
  const v = new Array<number>(k);
  const next = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    const g = grads[i];
    m[i] = beta1 * state.m[i] + (1 - beta1) * g;
    v[i] = beta2 * state.v[i] + (1 - beta2) * g * g;
    const mHat = m[i] / correction1;
    const vHat = v[i] / correction2;
    next[i] = params[i] - (lr * mHat) / (Math.sqrt(vHat) + eps);
  }
  return { params: next, state: { m, v, t } };
}
