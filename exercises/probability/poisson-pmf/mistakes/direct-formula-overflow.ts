// lambda^k e^-lambda / k! computed directly: 171! and 500^500 overflow to Infinity.
function poissonMass(k: number, lambda: number): number {
  let factorial = 1;
  for (let i = 2; i <= k; i++) factorial *= i;
  return (Math.pow(lambda, k) * Math.exp(-lambda)) / factorial;
}
