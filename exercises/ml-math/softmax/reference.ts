/**
 * Softmax with the max shift: every exponent is at most 0, so exp never overflows and the sum
 * lies in [1, n]. softmax([]) is []. A masked logit (-Infinity) gets probability 0; a vector
 * with no finite logit (fully masked), a NaN or a +Infinity logit throws.
 */
export function softmax(z: number[]): number[] {
  let max = -Infinity;
  for (const value of z) {
    if (Number.isNaN(value)) throw new Error("softmax: a logit is NaN");
    if (value === Infinity) throw new Error("softmax: a logit is +Infinity");
    if (value > max) max = value;
  }
  if (z.length > 0 && max === -Infinity) throw new Error("softmax: every logit is masked (-Infinity), there is no distribution");
  const exps = z.map((value) => Math.exp(value - max));
  let sum = 0;
  for (const value of exps) sum += value;
  return exps.map((value) => value / sum);
}
