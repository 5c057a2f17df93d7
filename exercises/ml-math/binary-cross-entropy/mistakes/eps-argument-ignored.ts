const EPS = 1e-12;

export function binaryCrossEntropy(yTrue: number[], yProb: number[], eps?: number): number {
  if (yTrue.length !== yProb.length || yTrue.length === 0) throw new Error("bad input");
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i];
    const p = Math.min(Math.max(yProb[i], EPS), 1 - EPS);
    total += y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return -total / yTrue.length;
}
