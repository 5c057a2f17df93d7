/** Confusion matrix: C[i][j] counts samples with true class i predicted as j. */
export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  if (!Number.isInteger(numClasses) || numClasses < 1) throw new Error(`numClasses must be a positive integer, got ${numClasses}`);
  if (yTrue.length !== yPred.length) throw new Error(`yTrue has ${yTrue.length} labels, yPred has ${yPred.length}`);
  const valid = (label: number) => Number.isInteger(label) && label >= 0 && label < numClasses;
  const C = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  for (let s = 0; s < yTrue.length; s++) {
    if (!valid(yTrue[s])) throw new Error(`yTrue[${s}] = ${yTrue[s]} is not a class in 0..${numClasses - 1}`);
    if (!valid(yPred[s])) throw new Error(`yPred[${s}] = ${yPred[s]} is not a class in 0..${numClasses - 1}`);
    C[yTrue[s]][yPred[s]]++;
  }
  return C;
}
