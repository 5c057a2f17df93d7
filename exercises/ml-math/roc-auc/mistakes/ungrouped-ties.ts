// Walks the samples one at a time (descending score), so tied pairs count 1 or 0 by position.
export function rocAuc(yTrue: number[], scores: number[]): number {
  const positives = countPositives(yTrue, scores);
  checkBothClasses(positives, yTrue.length - positives);
  const order = yTrue.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let area = 0;
  for (const i of order) {
    if (yTrue[i] === 1) tp++;
    else area += tp;
  }
  return area / (positives * (yTrue.length - positives));
}
