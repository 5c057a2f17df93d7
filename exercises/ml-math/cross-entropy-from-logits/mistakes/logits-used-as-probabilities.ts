function check(labels: number[], logits: number[][]): void {
  if (labels.length !== logits.length || logits.length === 0) throw new Error("bad shapes");
  const k = logits[0].length;
  if (k === 0 || logits.some((row) => row.length !== k)) throw new Error("bad rows");
  if (labels.some((y) => !Number.isInteger(y) || y < 0 || y >= k)) throw new Error("bad label");
}

export function crossEntropyFromLogits(labels: number[], logits: number[][]): number {
  check(labels, logits);
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i];
    const y = labels[i];
    total += -Math.log(z[y]);
  }
  return total / logits.length;
}
