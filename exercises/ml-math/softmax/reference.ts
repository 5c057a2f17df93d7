/**
 * Softmax with the max shift: every exponent is at most 0, so exp never overflows and the sum
 * lies in [1, n]. softmax([]) is []. A masked logit (-Infinity) gets probability 0; a vector
 * with no finite logit (fully masked), a NaN or a +Infinity logit throws.
 */
export function softmax(z: number[]): number[] {
  const shift = shiftFor(z, checkedMax(z));
  return normalised(z.map((value) => Math.exp(value - shift)));
}

/** The largest logit; rejects NaN, +Infinity and a fully masked vector. */
function checkedMax(z: number[]): number {
  let max = -Infinity;
  for (const value of z) {
    if (Number.isNaN(value)) throw new Error("softmax: a logit is NaN");
    if (value === Infinity) throw new Error("softmax: a logit is +Infinity");
    if (value > max) max = value;
  }
  if (z.length > 0 && max === -Infinity) throw new Error("softmax: every logit is masked (-Infinity), there is no distribution");
  return max;
}

/** The value subtracted from every logit before exp: the max, so no exponent is positive. */
function shiftFor(z: number[], max: number): number {
  return max;
}

/** The exponentials divided by their sum, so they add up to 1. */
function normalised(exps: number[]): number[] {
  let sum = 0;
  for (const value of exps) sum += value;
  return exps.map((value) => value / sum);
}
