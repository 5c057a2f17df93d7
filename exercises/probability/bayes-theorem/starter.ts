/** P(condition | positive test) from the prior P(condition), the sensitivity P(+ | condition) and the false-positive rate P(+ | no condition). */
export function posterior(prior: number, sensitivity: number, falsePositiveRate: number): number {
  // Your code here.
  return prior;
}
