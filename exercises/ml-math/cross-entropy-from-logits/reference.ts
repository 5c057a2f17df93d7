import { meanLoss } from "../reference-steps";

/**
 * Mean cross-entropy of integer class labels under the softmax of each row of logits, computed in
 * log space: loss_i = logsumexp(z_i) - z_i[y_i], with the max shift inside logsumexp.
 */
export function crossEntropyFromLogits(labels: number[], logits: number[][]): number {
  checkArguments(labels, logits);
  let total = 0;
  for (let i = 0; i < logits.length; i++) total += sampleLoss(logits[i], labels[i]);
  return meanLoss(total, logits.length);
}

/** Rejects mismatched counts, no samples, empty or ragged rows and labels that are not class indices. */
function checkArguments(labels: number[], logits: number[][]): void {
  const n = logits.length;
  if (labels.length !== n) throw new Error(`crossEntropyFromLogits: ${labels.length} labels but ${n} rows of logits`);
  if (n === 0) throw new Error("crossEntropyFromLogits: no samples, the mean is undefined");
  const k = logits[0].length;
  if (k === 0) throw new Error("crossEntropyFromLogits: rows of logits must not be empty");
  for (let i = 0; i < n; i++) {
    const row = logits[i];
    if (row.length !== k) throw new Error(`crossEntropyFromLogits: row ${i} has ${row.length} logits, row 0 has ${k}`);
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0 || label >= k) {
      throw new Error(`crossEntropyFromLogits: label ${label} of sample ${i} is not a class index in [0, ${k})`);
    }
  }
}

/** One sample's loss, -log softmax(z)[y] = logsumexp(z) - z[y]. */
function sampleLoss(row: number[], label: number): number {
  return logSumExp(row) - row[label];
}

/** log(sum(exp(z))), shifted by the max so no exponential overflows. */
function logSumExp(row: number[]): number {
  let max = -Infinity;
  for (const z of row) if (z > max) max = z;
  let sum = 0;
  for (const z of row) sum += Math.exp(z - max);
  return max + Math.log(sum);
}
