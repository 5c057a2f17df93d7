/**
 * Bayes' theorem for a diagnostic test:
 *   P(C | +) = P(+ | C) P(C) / (P(+ | C) P(C) + P(+ | not C) P(not C)).
 * Throws for arguments outside [0, 1] and when a positive result is impossible (P(+) = 0).
 */
export function posterior(prior: number, sensitivity: number, falsePositiveRate: number): number {
  const args = { prior, sensitivity, falsePositiveRate };
  for (const [name, value] of Object.entries(args)) {
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw new Error(`posterior: ${name} must be a probability in [0, 1] (got ${value})`);
  }
  const truePositive = prior * sensitivity;
  const falsePositive = (1 - prior) * falsePositiveRate;
  const evidence = truePositive + falsePositive;
  if (evidence === 0) throw new Error("posterior: a positive test has probability 0, so P(condition | positive) is undefined");
  return truePositive / evidence;
}
