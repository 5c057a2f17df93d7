import { computeStanding, countsAsSolved, isLateSubmission, type ItemStanding, type StandingSubmission } from "./item-standing";
import type { GradingRules } from "./grading-rules";

/** What scoring reads of a submission: the standing's fields plus its required-test counts. */
export interface ScoredSubmission extends StandingSubmission {
  passed: number;
  total: number;
}

/** A manual grade in force for the item (the newest GradeOverride with a score). */
export interface ItemOverride {
  score: number;
  reason: string;
  byEmail: string;
  at: Date;
}

export interface ItemScore {
  /** What the item is worth. */
  points: number;
  /** Points earned: the override when there is one (at most the item's points, which may have been lowered since), else `computed`. Two decimals. */
  earned: number;
  /** Points from the submissions under the set's rules, before any override. */
  computed: number;
  /** The submission that earned `computed` was late (a penalty may apply). */
  isLate: boolean;
  /** Submissions after the due date that did not count ("refuse"). */
  refusedAttempts: number;
  override: ItemOverride | null;
}

/**
 * A learner's standing and score on one item, from their counted submissions (oldest first) and
 * THEIR due date (an extension replaces the set's). Under "refuse", submissions after the due date
 * are left out of both. The score is the best over submissions of credit x late factor, where
 * credit is 1 for a submission that solves the item (accepted; robust too when the set requires
 * it) and, with partial credit, passed/total of the required tests otherwise; the late factor is
 * 1 - penalty for a late submission under "penalty", else 1. So a late fix never lowers an
 * on-time score: an earlier, better on-time submission keeps its points.
 */
export function scoreItem({
  submissions,
  dueAt,
  rules,
  points,
  override,
}: {
  submissions: ScoredSubmission[];
  dueAt: Date | null;
  rules: GradingRules;
  points: number;
  override: ItemOverride | null;
}): { standing: ItemStanding; score: ItemScore } {
  const refused = rules.latePolicy === "refuse" ? submissions.filter((submission) => isLateSubmission(submission.createdAt, dueAt)) : [];
  const counted = refused.length === 0 ? submissions : submissions.filter((submission) => !isLateSubmission(submission.createdAt, dueAt));
  let best = 0;
  let bestIsLate = false;
  for (const submission of counted) {
    const credit = countsAsSolved(submission, rules.requireRobust)
      ? 1
      : rules.scoring === "partial" && submission.total > 0
        ? submission.passed / submission.total
        : 0;
    const isLate = isLateSubmission(submission.createdAt, dueAt);
    const value = credit * (isLate && rules.latePolicy === "penalty" ? 1 - rules.latePenaltyPercent / 100 : 1);
    if (value > best) {
      best = value;
      bestIsLate = isLate;
    }
  }
  const computed = roundPoints(points * best);
  return {
    standing: computeStanding(counted, dueAt, rules.requireRobust),
    score: {
      points,
      computed,
      earned: override ? roundPoints(Math.min(override.score, points)) : computed,
      isLate: best > 0 && bestIsLate,
      refusedAttempts: refused.length,
      override,
    },
  };
}

/** Points to two decimals (1/3 of a point is 0.33), so totals add up the same in the UI and the CSV. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}
