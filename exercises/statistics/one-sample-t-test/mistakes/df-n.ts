// n degrees of freedom instead of n - 1.
function degreesOfFreedom(n: number): number {
  return n;
}
