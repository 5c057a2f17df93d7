/**
 * Throws when all values are equal (including a single value): there is no spread. The test
 * compares values, not the computed std, which is about 1e-17 (not 0) for [0.1, 0.1, 0.1].
 */
function checkNotConstant(x: number[]): void {
  let allEqual = true;
  for (let i = 1; i < x.length; i++) {
    if (x[i] !== x[0]) {
      allEqual = false;
      break;
    }
  }
  if (allEqual) throw new Error("zScores: all values are equal, the standard deviation is 0");
}

/** The population standard deviation sqrt(sum (x - mean)^2 / n), from the mean (the second pass). */
function populationStd(x: number[], mean: number): number {
  let squares = 0;
  for (const value of x) {
    const deviation = value - mean;
    squares += deviation * deviation;
  }
  return Math.sqrt(squares / x.length);
}

/** The z-score of one value: its distance from the mean in standard deviations. */
function standardise(value: number, mean: number, std: number): number {
  return (value - mean) / std;
}

/** z-scores with the population standard deviation (divide by n), mean and spread in two passes. */
export function zScores(x: number[]): number[] {
  const n = x.length;
  if (n === 0) throw new Error("zScores of an empty sample is undefined");
  checkNotConstant(x);
  let sum = 0;
  for (const value of x) sum += value;
  const mean = sum / n;
  const std = populationStd(x, mean);
  return x.map((value) => standardise(value, mean, std));
}
