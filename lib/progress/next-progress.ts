import { isRobustSubmission } from "../grading/is-robust-submission";
import type { Verdict } from "../grading/types";

export type ProgressStatus = "attempted" | "solved";

export interface ProgressState {
  status: ProgressStatus;
  attempts: number;
  firstSolvedAt: Date | null;
  lastSubmittedAt: Date;
  bestPassed: number;
  /** Some submission passed both tiers; like "solved", permanent once reached. */
  isRobust: boolean;
}

/**
 * A learner's progress on an exercise after one more submission. Solving is permanent: a later
 * failing submission keeps "solved" and the first solve time. Robust = accepted with every
 * robustness check passed (an exercise without robustness checks is robust once accepted).
 */
export function nextProgress(
  previous: Omit<ProgressState, "lastSubmittedAt"> | null,
  submission: { verdict: Verdict; passed: number; robustness?: { passed: number; total: number }; at: Date },
): ProgressState {
  const isAccepted = submission.verdict === "accepted";
  const wasSolved = previous?.status === "solved";
  return {
    status: isAccepted || wasSolved ? "solved" : "attempted",
    attempts: (previous?.attempts ?? 0) + 1,
    firstSolvedAt: previous?.firstSolvedAt ?? (isAccepted ? submission.at : null),
    lastSubmittedAt: submission.at,
    bestPassed: Math.max(previous?.bestPassed ?? 0, submission.passed),
    isRobust:
      (previous?.isRobust ?? false) ||
      isRobustSubmission({ verdict: submission.verdict, robustPassed: submission.robustness?.passed ?? 0, robustTotal: submission.robustness?.total ?? 0 }),
  };
}
