import type { Verdict } from "../grading/types";

export type ProgressStatus = "attempted" | "solved";

export interface ProgressState {
  status: ProgressStatus;
  attempts: number;
  firstSolvedAt: Date | null;
  lastSubmittedAt: Date;
  bestPassed: number;
}

/**
 * A learner's progress on an exercise after one more submission. Solving is permanent: a later
 * failing submission keeps "solved" and the first solve time.
 */
export function nextProgress(
  previous: Omit<ProgressState, "lastSubmittedAt"> | null,
  submission: { verdict: Verdict; passed: number; at: Date },
): ProgressState {
  const isAccepted = submission.verdict === "accepted";
  const wasSolved = previous?.status === "solved";
  return {
    status: isAccepted || wasSolved ? "solved" : "attempted",
    attempts: (previous?.attempts ?? 0) + 1,
    firstSolvedAt: previous?.firstSolvedAt ?? (isAccepted ? submission.at : null),
    lastSubmittedAt: submission.at,
    bestPassed: Math.max(previous?.bestPassed ?? 0, submission.passed),
  };
}
