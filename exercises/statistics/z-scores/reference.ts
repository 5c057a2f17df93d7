/**
 * z-scores with the population standard deviation (divide by n), mean and spread in two passes.
 * A sample whose values are all equal (including a single value) has no spread: it throws. The
 * test compares values, not the computed std, which is about 1e-17 (not 0) for [0.1, 0.1, 0.1].
 */
export function zScores(x: number[]): number[] {
  const n = x.length;
  if (n === 0) throw new Error("zScores of an empty sample is undefined");
  let allEqual = true;
  for (let i = 1; i < n; i++) {
    if (x[i] !== x[0]) {
      allEqual = false;
      break;
    }
  }
  if (allEqual) throw new Error("zScores: all values are equal, the standard deviation is 0");

  let sum = 0;
  for (const value of x) sum += value;
  const mean = sum / n;
  let squares = 0;
  for (const value of x) {
    const deviation = value - mean;
    squares += deviation * deviation;
  }
  const std = Math.sqrt(squares / n);
  return x.map((value) => (value - mean) / std);
}
