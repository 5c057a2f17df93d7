function checkEvenN(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
}
