export function rocAuc(yTrue: number[], scores: number[]): number {
  if (yTrue.length !== scores.length) throw new Error("length mismatch");
  if (yTrue.length === 0) throw new Error("no samples");
  let count = 0;
  let pairs = 0;
  for (let i = 0; i < yTrue.length; i++) {
    if (yTrue[i] !== 1) continue;
    for (let j = 0; j < yTrue.length; j++) {
      if (yTrue[j] !== 0) continue;
      pairs++;
      if (scores[i] > scores[j]) count += 1;
      else if (scores[i] === scores[j]) count += 0.5;
    }
  }
  return count / pairs;
}
