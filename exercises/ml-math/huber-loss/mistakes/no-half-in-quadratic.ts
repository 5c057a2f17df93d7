export function huber(yTrue: number[], yPred: number[], delta: number): number {
  if (!(delta > 0)) throw new Error("delta must be positive");
  if (yTrue.length !== yPred.length || yTrue.length === 0) throw new Error("bad lengths");
  const n = yTrue.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const r = Math.abs(yTrue[i] - yPred[i]);
    total += r <= delta ? r * r : delta * (r - 0.5 * delta);
  }
  return total / n;
}
