import type { TRevealPolicy } from "./problem-set-input";

/**
 * The feedback policy a submission is made under, stored with it (Submission.revealFailingCase
 * and revealFailingCaseAfter) so that every learner view of it follows it for good: removing the
 * learner from the course or closing the set later changes nothing.
 */
export interface StoredFeedbackPolicy {
  /** "always" | "never" | "after_due" (a stored unknown value hides: see resolveStoredPolicy). */
  revealFailingCase: TRevealPolicy;
  /** For "after_due": the failing case shows only after this instant; null otherwise. */
  revealFailingCaseAfter: Date | null;
}

/** What the problem sets that apply to one submit allow. */
export interface SubmissionPolicy {
  /** The largest interval of the applicable sets (0: no limit). */
  minIntervalSeconds: number;
  /** Whether the first failing hidden case may be shown to the learner now. */
  isFailingCaseRevealed: boolean;
  /** What the submission stores, for its later views. */
  feedback: StoredFeedbackPolicy;
}

export const OPEN_POLICY: SubmissionPolicy = {
  minIntervalSeconds: 0,
  isFailingCaseRevealed: true,
  feedback: { revealFailingCase: "always", revealFailingCaseAfter: null },
};

/**
 * The strictest combination of the applicable sets: the longest interval, and the failing case
 * hidden for good when any set says "never" or is an open exam (`isExam`: the caller passes it
 * only where exam mode applies to this submitter), or "after_due" with no due date (the editor
 * refuses that combination anyway), or an unknown policy. Otherwise "after_due" sets whose due
 * date is still ahead hide it until the latest of those due dates; past due they reveal.
 */
export function strictestPolicy(
  sets: { submitIntervalSeconds: number; revealFailingCase: TRevealPolicy | string; dueAt: Date | null; isExam?: boolean }[],
  now: Date,
): SubmissionPolicy {
  let minIntervalSeconds = 0;
  let isNever = false;
  let revealAfter: Date | null = null;
  for (const set of sets) {
    minIntervalSeconds = Math.max(minIntervalSeconds, Math.max(0, set.submitIntervalSeconds));
    if (set.isExam || set.revealFailingCase === "never" || !["always", "never", "after_due"].includes(set.revealFailingCase)) isNever = true;
    else if (set.revealFailingCase === "after_due") {
      if (set.dueAt === null) isNever = true;
      else if (now.getTime() <= set.dueAt.getTime() && (revealAfter === null || set.dueAt > revealAfter)) revealAfter = set.dueAt;
    }
  }
  const feedback: StoredFeedbackPolicy = isNever
    ? { revealFailingCase: "never", revealFailingCaseAfter: null }
    : revealAfter
      ? { revealFailingCase: "after_due", revealFailingCaseAfter: revealAfter }
      : { revealFailingCase: "always", revealFailingCaseAfter: null };
  return { minIntervalSeconds, isFailingCaseRevealed: feedback.revealFailingCase === "always", feedback };
}
