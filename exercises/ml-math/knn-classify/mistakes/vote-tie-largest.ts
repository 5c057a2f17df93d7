export function knnPredict(trainX: number[][], trainY: number[], testX: number[][], k: number): number[] {
  const n = trainX.length;
  if (n === 0 || trainY.length !== n) throw new Error("bad training data");
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error("bad k");
  const d = trainX[0].length;
  if ([...trainX, ...testX].some((p) => p.length !== d)) throw new Error("dimension mismatch");
  return testX.map((x) => {
    const neighbours = trainX
      .map((p, i) => ({ i, dist: Math.sqrt(p.reduce((s, v, j) => s + (v - x[j]) ** 2, 0)) }))
      .sort((a, b) => a.dist - b.dist)
      .slice(0, k);
    const votes = new Map<number, number>();
    for (const { i } of neighbours) votes.set(trainY[i], (votes.get(trainY[i]) ?? 0) + 1);
    let best = -Infinity;
    let bestCount = 0;
    for (const [label, count] of votes) {
      if (count > bestCount || (count === bestCount && label > best)) {
        best = label;
        bestCount = count;
      }
    }
    return best;
  });
}
