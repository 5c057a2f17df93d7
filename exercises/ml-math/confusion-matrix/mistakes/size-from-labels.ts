export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  if (yTrue.length !== yPred.length) throw new Error("length mismatch");
  for (const label of [...yTrue, ...yPred]) if (!Number.isInteger(label) || label < 0) throw new Error("bad label");
  const size = yTrue.length === 0 ? 0 : Math.max(...yTrue, ...yPred) + 1;
  const matrix = Array.from({ length: size }, () => new Array(size).fill(0));
  for (let i = 0; i < yTrue.length; i++) matrix[yTrue[i]][yPred[i]]++;
  return matrix;
}
