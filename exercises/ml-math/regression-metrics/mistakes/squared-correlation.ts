function rSquared(yTrue: number[], yPred: number[], squares: number, sum: number): number {
  if (yTrue.every((value) => value === yTrue[0])) return squares === 0 ? 1 : 0;
  const mt = sum / yTrue.length;
  const mp = yPred.reduce((a, b) => a + b, 0) / yPred.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < yTrue.length; i++) {
    sxy += (yTrue[i] - mt) * (yPred[i] - mp);
    sxx += (yTrue[i] - mt) ** 2;
    syy += (yPred[i] - mp) ** 2;
  }
  return (sxy * sxy) / (sxx * syy);
}
