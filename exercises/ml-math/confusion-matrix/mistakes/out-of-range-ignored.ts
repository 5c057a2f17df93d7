function classCount(numClasses: number, yTrue: number[], yPred: number[]): number {
  return numClasses;
}

function checkLabels(yTrue: number[], yPred: number[], s: number, size: number): void {}

function tally(C: number[][], truth: number, prediction: number): void {
  if (C[truth] !== undefined && C[truth][prediction] !== undefined) C[truth][prediction]++;
}
