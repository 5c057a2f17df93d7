export function knnPredict(trainX: number[][], trainY: number[], testX: number[][], k: number): number[] {
  const n = trainX.length;
  if (n === 0 || trainY.length !== n) throw new Error("bad training data");
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error("bad k");
  const d = trainX[0].length;
  if ([...trainX, ...testX].some((p) => p.length !== d)) throw new Error("dimension mismatch");
  return testX.map((x) => {
    const dist = trainX.map((p) => Math.sqrt(p.reduce((s, v, j) => s + (v - x[j]) ** 2, 0)));
    const used = new Array(n).fill(false);
    const counts: Record<number, number> = {};
    for (let r = 0; r < k; r++) {
      let best = -1;
      for (let i = 0; i < n; i++) if (!used[i] && (best === -1 || dist[i] <= dist[best])) best = i;
      used[best] = true;
      counts[trainY[best]] = (counts[trainY[best]] ?? 0) + 1;
    }
    let label = Infinity;
    let most = 0;
    for (const key of Object.keys(counts)) {
      const l = Number(key);
      if (counts[l] > most || (counts[l] === most && l < label)) {
        label = l;
        most = counts[l];
      }
    }
    return label;
  });
}
