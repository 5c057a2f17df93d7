import type { TRevealPolicy } from "./problem-set-input";

/** What the problem sets that apply to one submit allow. */
export interface SubmissionPolicy {
  /** The largest interval of the applicable sets (0: no limit). */
  minIntervalSeconds: number;
  /** Whether the first failing hidden case may be shown to the learner. */
  isFailingCaseRevealed: boolean;
}

export const OPEN_POLICY: SubmissionPolicy = { minIntervalSeconds: 0, isFailingCaseRevealed: true };

/**
 * The strictest combination of the applicable sets: the longest interval, and the failing case
 * hidden when any set says "never", or "after_due" before its due date has passed (a set with
 * "after_due" and no due date never reveals; the editor refuses that combination anyway).
 */
export function strictestPolicy(
  sets: { submitIntervalSeconds: number; revealFailingCase: TRevealPolicy | string; dueAt: Date | null }[],
  now: Date,
): SubmissionPolicy {
  let policy = OPEN_POLICY;
  for (const set of sets) {
    const hides =
      set.revealFailingCase === "never" ||
      (set.revealFailingCase === "after_due" && (set.dueAt === null || now.getTime() <= set.dueAt.getTime())) ||
      // An unknown value (a future policy, a hand-edited row) fails closed.
      !["always", "never", "after_due"].includes(set.revealFailingCase);
    policy = {
      minIntervalSeconds: Math.max(policy.minIntervalSeconds, Math.max(0, set.submitIntervalSeconds)),
      isFailingCaseRevealed: policy.isFailingCaseRevealed && !hides,
    };
  }
  return policy;
}
