export function rocAuc(yTrue: number[], scores: number[]): number {
  if (yTrue.length !== scores.length) throw new Error("length mismatch");
  if (yTrue.some((y) => y !== 0 && y !== 1) || scores.some((s) => Number.isNaN(s))) throw new Error("bad input");
  const pos = scores.filter((_, i) => yTrue[i] === 1);
  const neg = scores.filter((_, i) => yTrue[i] === 0);
  if (pos.length === 0 || neg.length === 0) throw new Error("need both classes");
  let count = 0;
  for (const p of pos) for (const q of neg) count += q > p ? 1 : q === p ? 0.5 : 0;
  return count / (pos.length * neg.length);
}
