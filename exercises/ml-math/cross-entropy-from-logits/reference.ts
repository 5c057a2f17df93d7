/**
 * Mean cross-entropy of integer class labels under the softmax of each row of logits, computed in
 * log space: loss_i = logsumexp(z_i) - z_i[y_i], with the max shift inside logsumexp.
 */
export function crossEntropyFromLogits(labels: number[], logits: number[][]): number {
  const n = logits.length;
  if (labels.length !== n) throw new Error(`crossEntropyFromLogits: ${labels.length} labels but ${n} rows of logits`);
  if (n === 0) throw new Error("crossEntropyFromLogits: no samples, the mean is undefined");
  const k = logits[0].length;
  if (k === 0) throw new Error("crossEntropyFromLogits: rows of logits must not be empty");
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = logits[i];
    if (row.length !== k) throw new Error(`crossEntropyFromLogits: row ${i} has ${row.length} logits, row 0 has ${k}`);
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0 || label >= k) {
      throw new Error(`crossEntropyFromLogits: label ${label} of sample ${i} is not a class index in [0, ${k})`);
    }
    let max = -Infinity;
    for (const z of row) if (z > max) max = z;
    let sum = 0;
    for (const z of row) sum += Math.exp(z - max);
    total += max + Math.log(sum) - row[label];
  }
  return total / n;
}
