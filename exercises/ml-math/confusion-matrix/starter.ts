/** numClasses x numClasses counts: C[i][j] = number of samples with true class i predicted as j. */
export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  // Your code here.
  return [];
}
