/**
 * Derivative of the logistic sigmoid, element-wise: s'(x) = s(x) (1 - s(x)) = s(x) s(-x).
 * With e = exp(-|x|) <= 1 this is e / (1 + e)^2: nothing overflows, and the tails keep their
 * relative precision (no 1 - s cancellation).
 */
export function sigmoidGrad(x: number[]): number[] {
  return x.map((value) => {
    const e = Math.exp(-Math.abs(value));
    const onePlus = 1 + e;
    return e / (onePlus * onePlus);
  });
}
