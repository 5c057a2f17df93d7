function classCount(numClasses: number, yTrue: number[], yPred: number[]): number {
  for (const label of [...yTrue, ...yPred]) if (!Number.isInteger(label) || label < 0) throw new Error("bad label");
  return yTrue.length === 0 ? 0 : Math.max(...yTrue, ...yPred) + 1;
}
