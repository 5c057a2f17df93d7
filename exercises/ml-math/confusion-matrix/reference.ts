/** Confusion matrix: C[i][j] counts samples with true class i predicted as j. */
export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  const size = classCount(numClasses, yTrue, yPred);
  if (yTrue.length !== yPred.length) throw new Error(`yTrue has ${yTrue.length} labels, yPred has ${yPred.length}`);
  const C = zeroMatrix(size);
  for (let s = 0; s < yTrue.length; s++) {
    checkLabels(yTrue, yPred, s, size);
    tally(C, yTrue[s], yPred[s]);
  }
  return C;
}

/** The number of classes (the matrix's size): numClasses, which must be a positive integer. */
function classCount(numClasses: number, yTrue: number[], yPred: number[]): number {
  if (!Number.isInteger(numClasses) || numClasses < 1) throw new Error(`numClasses must be a positive integer, got ${numClasses}`);
  return numClasses;
}

/** A size x size matrix of zeros, each row its own array. */
function zeroMatrix(size: number): number[][] {
  return Array.from({ length: size }, () => new Array<number>(size).fill(0));
}

/** Rejects a true or predicted label of sample s that is not a class in 0..size-1. */
function checkLabels(yTrue: number[], yPred: number[], s: number, size: number): void {
  const valid = (label: number) => Number.isInteger(label) && label >= 0 && label < size;
  if (!valid(yTrue[s])) throw new Error(`yTrue[${s}] = ${yTrue[s]} is not a class in 0..${size - 1}`);
  if (!valid(yPred[s])) throw new Error(`yPred[${s}] = ${yPred[s]} is not a class in 0..${size - 1}`);
}

/** Counts one sample: row = true class, column = predicted class. */
function tally(C: number[][], truth: number, prediction: number): void {
  C[truth][prediction]++;
}
