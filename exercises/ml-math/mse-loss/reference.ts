import { meanLoss } from "../reference-steps";

/** Mean squared error (1/n) sum (yTrue_i - yPred_i)^2; throws on a length mismatch or no samples. */
export function mse(yTrue: number[], yPred: number[]): number {
  if (yTrue.length !== yPred.length) throw new Error(`mse: ${yTrue.length} targets but ${yPred.length} predictions`);
  const n = yTrue.length;
  if (n === 0) throw new Error("mse: no samples, the mean is undefined");
  let total = 0;
  for (let i = 0; i < n; i++) total += pointLoss(yTrue[i] - yPred[i]);
  return meanLoss(total, n);
}

/** One sample's loss: its squared error. */
function pointLoss(error: number): number {
  return error * error;
}
