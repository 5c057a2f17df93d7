function checkSpread(a: number[], b: number[]): void {
  if (sampleVariance(a) / a.length + sampleVariance(b) / b.length === 0) throw new Error("both groups have zero variance: the standard error is 0");
}
