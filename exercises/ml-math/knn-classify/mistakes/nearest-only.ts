export function knnPredict(trainX: number[][], trainY: number[], testX: number[][], k: number): number[] {
  const n = trainX.length;
  if (n === 0 || trainY.length !== n) throw new Error("bad training data");
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error("bad k");
  const d = trainX[0].length;
  if ([...trainX, ...testX].some((p) => p.length !== d)) throw new Error("dimension mismatch");
  return testX.map((x) => {
    let best = 0;
    let bestDist = Infinity;
    trainX.forEach((p, i) => {
      const dist = Math.sqrt(p.reduce((s, v, j) => s + (v - x[j]) ** 2, 0));
      if (dist < bestDist) {
        bestDist = dist;
        best = i;
      }
    });
    return trainY[best];
  });
}
