export function mse(yTrue: number[], yPred: number[]): number {
  if (yTrue.length !== yPred.length || yTrue.length === 0) throw new Error("bad lengths");
  return yTrue.reduce((acc, y, i) => acc + (y - yPred[i]) ** 2, 0);
}
