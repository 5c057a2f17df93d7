import { isRobustSubmission } from "../grading/is-robust-submission";
import type { TProblemSetStatus } from "./problem-set-input";

export type TItemStatus = "not_started" | "attempted" | "accepted";

/** A learner's standing on one exercise of a problem set, from their counted submissions. */
export interface ItemStanding {
  status: TItemStatus;
  attempts: number;
  firstAcceptedAt: Date | null;
  /** Submissions up to and including the first accepted one (null until accepted). */
  attemptsToSolve: number | null;
  /** First accepted after the due date. */
  isLate: boolean;
  /** Submissions made after the due date. */
  lateAttempts: number;
  lastSubmittedAt: Date | null;
  /** Some counted submission was accepted and passed every robustness check. */
  isRobust: boolean;
}

/** What a standing reads of a submission. */
export interface StandingSubmission {
  verdict: string;
  robustPassed: number;
  robustTotal: number;
  createdAt: Date;
}

/** Accepted, and (when the set requires it) robust: every robustness check passed too. */
export function countsAsSolved(submission: StandingSubmission, requireRobust: boolean): boolean {
  return requireRobust ? isRobustSubmission(submission) : submission.verdict === "accepted";
}

/**
 * The standing from submissions in ascending time order. Any submission counts, including ones
 * made before the set was published: an exercise already solved is solved. In a set that
 * requires robustness, only an accepted and robust submission solves an item.
 */
export function computeStanding(submissions: StandingSubmission[], dueAt: Date | null, requireRobust = false): ItemStanding {
  const firstAcceptedIndex = submissions.findIndex((submission) => countsAsSolved(submission, requireRobust));
  const firstAcceptedAt = firstAcceptedIndex === -1 ? null : submissions[firstAcceptedIndex].createdAt;
  const isAfterDue = (at: Date) => dueAt !== null && at.getTime() > dueAt.getTime();
  return {
    status: firstAcceptedAt ? "accepted" : submissions.length > 0 ? "attempted" : "not_started",
    attempts: submissions.length,
    firstAcceptedAt,
    attemptsToSolve: firstAcceptedIndex === -1 ? null : firstAcceptedIndex + 1,
    isLate: firstAcceptedAt !== null && isAfterDue(firstAcceptedAt),
    lateAttempts: submissions.filter((submission) => isAfterDue(submission.createdAt)).length,
    lastSubmittedAt: submissions.at(-1)?.createdAt ?? null,
    isRobust: submissions.some(isRobustSubmission),
  };
}

/**
 * The last moment whose submissions count for a set: a closed set counts what was submitted
 * until it closed (its updatedAt: closed sets are never edited, see updateProblemSet); later
 * submissions are practice. Published and draft sets count everything (null).
 */
export function countedUntil(set: { status: TProblemSetStatus | string; updatedAt: Date }): Date | null {
  return set.status === "closed" ? set.updatedAt : null;
}

/** Whether a submission at `at` was late for this set. */
export function isLateSubmission(at: Date, dueAt: Date | null): boolean {
  return dueAt !== null && at.getTime() > dueAt.getTime();
}
