export function mse(yTrue: number[], yPred: number[]): number {
  if (yTrue.length !== yPred.length || yTrue.length === 0) throw new Error("bad lengths");
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) total += yTrue[i] - yPred[i];
  const meanError = total / yTrue.length;
  return meanError * meanError;
}
