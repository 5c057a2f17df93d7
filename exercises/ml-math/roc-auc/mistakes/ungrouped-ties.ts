export function rocAuc(yTrue: number[], scores: number[]): number {
  if (yTrue.length !== scores.length) throw new Error("length mismatch");
  if (yTrue.some((y) => y !== 0 && y !== 1) || scores.some((s) => Number.isNaN(s))) throw new Error("bad input");
  const pos = scores.filter((_, i) => yTrue[i] === 1);
  const neg = scores.filter((_, i) => yTrue[i] === 0);
  if (pos.length === 0 || neg.length === 0) throw new Error("need both classes");
  const order = yTrue.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let area = 0;
  for (const i of order) {
    if (yTrue[i] === 1) tp++;
    else area += tp;
  }
  return area / (pos.length * neg.length);
}
