interface Candidate {
  squared: number;
  index: number;
}

/**
 * k-nearest-neighbour classification. Neighbours are the k training points first in the order
 * (Euclidean distance, training index); the prediction is the label with the most votes among
 * them, a tie going to the smallest label.
 */
export function knnPredict(trainX: number[][], trainY: number[], testX: number[][], k: number): number[] {
  checkArguments(trainX, trainY, testX, k);
  return testX.map((x) => {
    const candidates = trainX.map((p, index) => ({ squared: squaredDistance(p, x), index }));
    candidates.sort(nearerFirst);
    return majorityLabel(candidates.slice(0, k).map((candidate) => trainY[candidate.index]));
  });
}

/** Rejects an empty or mismatched training set, a k outside [1, n] and points of another dimension. */
function checkArguments(trainX: number[][], trainY: number[], testX: number[][], k: number): void {
  const n = trainX.length;
  if (n === 0) throw new Error("no training points");
  if (trainY.length !== n) throw new Error(`trainX has ${n} rows, trainY has ${trainY.length} labels`);
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`k must be an integer in [1, ${n}], got ${k}`);
  const d = trainX[0].length;
  for (let i = 0; i < n; i++) if (trainX[i].length !== d) throw new Error(`training point ${i} has ${trainX[i].length} coordinates, expected ${d}`);
  for (let t = 0; t < testX.length; t++) if (testX[t].length !== d) throw new Error(`test point ${t} has ${testX[t].length} coordinates, expected ${d}`);
}

/** Squared Euclidean distance: orders points exactly like the distance and is exact for integer data. */
function squaredDistance(p: number[], x: number[]): number {
  let squared = 0;
  for (let j = 0; j < x.length; j++) squared += (p[j] - x[j]) ** 2;
  return squared;
}

/** Sort order of the candidates: nearer first, equal distances by training index, lower first. */
function nearerFirst(a: Candidate, b: Candidate): number {
  return a.squared - b.squared || a.index - b.index;
}

/** The label with the most votes among the neighbours' labels (given nearest first). */
function majorityLabel(labels: number[]): number {
  const votes = new Map<number, number>();
  for (const label of labels) votes.set(label, (votes.get(label) ?? 0) + 1);
  let best = Infinity;
  let bestVotes = 0;
  for (const [label, count] of votes) {
    if (count > bestVotes || (count === bestVotes && winsVoteTie(label, best))) {
      best = label;
      bestVotes = count;
    }
  }
  return best;
}

/** Between two labels with as many votes, the smaller one wins. */
function winsVoteTie(label: number, best: number): boolean {
  return label < best;
}
