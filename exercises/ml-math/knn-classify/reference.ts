/**
 * k-nearest-neighbour classification. Neighbours are the k training points first in the order
 * (Euclidean distance, training index); the prediction is the label with the most votes among
 * them, a tie going to the smallest label.
 */
export function knnPredict(trainX: number[][], trainY: number[], testX: number[][], k: number): number[] {
  const n = trainX.length;
  if (n === 0) throw new Error("no training points");
  if (trainY.length !== n) throw new Error(`trainX has ${n} rows, trainY has ${trainY.length} labels`);
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`k must be an integer in [1, ${n}], got ${k}`);
  const d = trainX[0].length;
  for (let i = 0; i < n; i++) if (trainX[i].length !== d) throw new Error(`training point ${i} has ${trainX[i].length} coordinates, expected ${d}`);
  for (let t = 0; t < testX.length; t++) if (testX[t].length !== d) throw new Error(`test point ${t} has ${testX[t].length} coordinates, expected ${d}`);

  return testX.map((x) => {
    // Squared distances order the points exactly like distances and are exact for integer data.
    const candidates = trainX.map((p, index) => {
      let squared = 0;
      for (let j = 0; j < d; j++) squared += (p[j] - x[j]) ** 2;
      return { squared, index };
    });
    candidates.sort((a, b) => a.squared - b.squared || a.index - b.index);
    const votes = new Map<number, number>();
    for (let r = 0; r < k; r++) {
      const label = trainY[candidates[r].index];
      votes.set(label, (votes.get(label) ?? 0) + 1);
    }
    let best = Infinity;
    let bestVotes = 0;
    for (const [label, count] of votes) {
      if (count > bestVotes || (count === bestVotes && label < best)) {
        best = label;
        bestVotes = count;
      }
    }
    return best;
  });
}
