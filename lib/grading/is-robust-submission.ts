/**
 * Robust: accepted, and every robustness check passed (a submission with no robustness checks is
 * robust once accepted). The one definition used by progress, problem-set standings and the pages.
 */
export function isRobustSubmission(submission: { verdict: string; robustPassed: number; robustTotal: number }): boolean {
  return submission.verdict === "accepted" && submission.robustPassed >= submission.robustTotal;
}
