export function mse(yTrue: number[], yPred: number[]): number {
  if (yTrue.length !== yPred.length || yTrue.length === 0) throw new Error("bad lengths");
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) total += Math.abs(yTrue[i] - yPred[i]);
  return total / yTrue.length;
}
