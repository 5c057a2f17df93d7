export function binaryCrossEntropy(yTrue: number[], yProb: number[], eps: number = 1e-12): number {
  if (yTrue.length !== yProb.length || yTrue.length === 0) throw new Error("bad input");
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = Math.min(Math.max(yProb[i], eps), 1 - eps);
    total += yTrue[i] * Math.log(p);
  }
  return -total / yTrue.length;
}
