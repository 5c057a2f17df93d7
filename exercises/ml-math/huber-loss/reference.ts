import { meanLoss } from "../reference-steps";

/**
 * Mean Huber loss: 0.5 r^2 for |r| <= delta, delta (|r| - 0.5 delta) beyond, with r = yTrue - yPred.
 * The two pieces and their slopes meet at |r| = delta.
 */
export function huber(yTrue: number[], yPred: number[], delta: number): number {
  if (!(delta > 0)) throw new Error(`huber: delta must be positive, got ${delta}`);
  if (yTrue.length !== yPred.length) throw new Error(`huber: ${yTrue.length} targets but ${yPred.length} predictions`);
  const n = yTrue.length;
  if (n === 0) throw new Error("huber: no samples, the mean is undefined");
  let total = 0;
  for (let i = 0; i < n; i++) total += pointLoss(Math.abs(yTrue[i] - yPred[i]), delta);
  return meanLoss(total, n);
}

/** The loss of one absolute residual r: quadratic up to delta, linear (same value and slope) beyond. */
function pointLoss(r: number, delta: number): number {
  return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
}
