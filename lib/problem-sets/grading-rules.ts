import { z } from "zod";

export const SCORING_MODES = ["all_or_nothing", "partial"] as const;
export type TScoring = (typeof SCORING_MODES)[number];

export const LATE_POLICIES = ["accept", "penalty", "refuse"] as const;
export type TLatePolicy = (typeof LATE_POLICIES)[number];

export const MAX_ITEM_POINTS = 1000;

/** How a set turns submissions into points (ProblemSet.scoring, latePolicy, latePenaltyPercent, requireRobust). */
export interface GradingRules {
  scoring: TScoring;
  latePolicy: TLatePolicy;
  /** Percent of an item's points taken off work after the learner's due date ("penalty" only). */
  latePenaltyPercent: number;
  requireRobust: boolean;
}

/** Stored strings read back fail-safe: an unknown value is the default (never a crash). */
export function readGradingRules(set: { scoring: string; latePolicy: string; latePenaltyPercent: number; requireRobust: boolean }): GradingRules {
  return {
    scoring: z.enum(SCORING_MODES).catch("all_or_nothing").parse(set.scoring),
    latePolicy: z.enum(LATE_POLICIES).catch("accept").parse(set.latePolicy),
    latePenaltyPercent: Math.min(100, Math.max(0, set.latePenaltyPercent)),
    requireRobust: set.requireRobust,
  };
}

/** The rules in words, for learners and staff alike. */
export function describeGradingRules(rules: GradingRules): { scoring: string; late: string } {
  return {
    scoring:
      rules.scoring === "partial"
        ? "Partial credit: the share of required tests your best submission passes"
        : "All or nothing: an exercise scores its points once accepted",
    late:
      rules.latePolicy === "refuse"
        ? "Late work does not count: submissions after your due date are practice"
        : rules.latePolicy === "penalty"
          ? `Late work counts with ${rules.latePenaltyPercent}% off`
          : "Late work counts in full (marked late)",
  };
}
