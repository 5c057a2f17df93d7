import type { ProgressState } from "../progress/next-progress";

/**
 * One learner's standing on an exercise from two learners' standings (an anonymous learner
 * merged into an account's): attempts add up, solved if either solved, the earliest first
 * solve, the best score, robust if either was, and the latest submission.
 */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const firstSolvedAt = [a.firstSolvedAt, b.firstSolvedAt].filter((date): date is Date => date !== null);
  return {
    status: a.status === "solved" || b.status === "solved" ? "solved" : "attempted",
    attempts: a.attempts + b.attempts,
    firstSolvedAt: firstSolvedAt.length === 0 ? null : new Date(Math.min(...firstSolvedAt.map((date) => date.getTime()))),
    lastSubmittedAt: a.lastSubmittedAt > b.lastSubmittedAt ? a.lastSubmittedAt : b.lastSubmittedAt,
    bestPassed: Math.max(a.bestPassed, b.bestPassed),
    isRobust: a.isRobust || b.isRobust,
  };
}
