export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  if (yTrue.length !== yPred.length) throw new Error("yTrue and yPred have different lengths");
  const matrix = Array.from({ length: numClasses }, () => new Array(numClasses).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if (matrix[t] !== undefined && matrix[t][p] !== undefined) matrix[t][p]++;
  }
  return matrix;
}
