export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  if (!Number.isInteger(numClasses) || numClasses < 1) throw new Error("bad numClasses");
  if (yTrue.length !== yPred.length) throw new Error("length mismatch");
  const matrix: number[][] = new Array(numClasses).fill(new Array(numClasses).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if (!Number.isInteger(t) || !Number.isInteger(p) || t < 0 || p < 0 || t >= numClasses || p >= numClasses) throw new Error("bad label");
    matrix[t][p] += 1;
  }
  return matrix;
}
