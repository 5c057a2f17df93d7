export function crossEntropy(yTrue: number[][], yProb: number[][], eps: number = 1e-12): number {
  checkShapes(yTrue, yProb);
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    for (let k = 0; k < yTrue[i].length; k++) {
      if (yTrue[i][k] !== 0) total += yTrue[i][k] * Math.log(yProb[i][k]);
    }
  }
  return -total / yTrue.length;
}

function checkShapes(yTrue: number[][], yProb: number[][]): void {
  if (yTrue.length === 0 || yTrue.length !== yProb.length) throw new Error("bad shapes");
  yTrue.forEach((row, i) => {
    if (row.length !== yProb[i].length) throw new Error("bad shapes");
  });
}
