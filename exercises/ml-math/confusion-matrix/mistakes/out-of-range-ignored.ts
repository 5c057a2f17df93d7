export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  const matrix = Array.from({ length: numClasses }, () => new Array(numClasses).fill(0));
  for (let i = 0; i < Math.min(yTrue.length, yPred.length); i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if (matrix[t] !== undefined && matrix[t][p] !== undefined) matrix[t][p]++;
  }
  return matrix;
}
