import { movedParameter, secondMoment } from "../reference-steps";

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
  checkArguments(params, grads, state, beta1, beta2);
  const t = state.t + 1;
  const [correction1, correction2] = biasCorrections(beta1, beta2, t);
  const m = new Array<number>(k);
  const v = new Array<number>(k);
  const next = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    m[i] = firstMoment(state.m[i], grads[i], beta1);
    v[i] = secondMoment(state.v[i], grads[i], beta2);
    next[i] = movedParameter(params[i], m[i] / correction1, v[i] / correction2, lr, eps);
  }
  return { params: next, state: { m, v, t } };
}

/** Rejects mismatched lengths, a bad step count and betas outside [0, 1). */
function checkArguments(params: number[], grads: number[], state: AdamState, beta1: number, beta2: number): void {
  const k = params.length;
  if (grads.length !== k) throw new Error(`grads has length ${grads.length}, params has length ${k}`);
  if (state.m.length !== k || state.v.length !== k) throw new Error("state.m and state.v must have the length of params");
  if (!Number.isInteger(state.t) || state.t < 0) throw new Error("state.t must be a non-negative integer");
  if (!(beta1 >= 0 && beta1 < 1)) throw new Error("beta1 must be in [0, 1)");
  if (!(beta2 >= 0 && beta2 < 1)) throw new Error("beta2 must be in [0, 1)");
}

/** The bias corrections 1 - beta1^t and 1 - beta2^t of step t (in (0, 1]; exact for t = 1). */
function biasCorrections(beta1: number, beta2: number, t: number): [number, number] {
  return [1 - beta1 ** t, 1 - beta2 ** t];
}

/** The new first moment: moving average of the gradient. */
function firstMoment(m: number, g: number, beta1: number): number {
  return beta1 * m + (1 - beta1) * g;
}
