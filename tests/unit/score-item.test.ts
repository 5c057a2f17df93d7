import { describe, expect, it } from "vitest";
import type { GradingRules } from "@/lib/problem-sets/grading-rules";
import { readGradingRules } from "@/lib/problem-sets/grading-rules";
import { scoreItem, type ScoredSubmission } from "@/lib/problem-sets/score-item";

const due = new Date("2026-12-01T12:00:00Z");
const before = (minutes: number) => new Date(due.getTime() - minutes * 60_000);
const after = (minutes: number) => new Date(due.getTime() + minutes * 60_000);
const sub = (passed: number, total: number, at: Date, verdict = passed === total ? "accepted" : "wrong_answer"): ScoredSubmission => ({
  verdict,
  passed,
  total,
  robustPassed: 0,
  robustTotal: 0,
  createdAt: at,
});
const rules = (overrides: Partial<GradingRules> = {}): GradingRules => ({
  scoring: "all_or_nothing",
  latePolicy: "accept",
  latePenaltyPercent: 0,
  requireRobust: false,
  ...overrides,
});

describe("scoreItem", () => {
  it("all or nothing: the item's points once accepted, 0 before", () => {
    expect(scoreItem({ submissions: [sub(3, 4, before(10))], dueAt: due, rules: rules(), points: 5, override: null }).score.earned).toBe(0);
    const { score, standing } = scoreItem({
      submissions: [sub(3, 4, before(10)), sub(4, 4, before(5))],
      dueAt: due,
      rules: rules(),
      points: 5,
      override: null,
    });
    expect(score).toMatchObject({ earned: 5, computed: 5, isLate: false });
    expect(standing).toMatchObject({ status: "accepted", attempts: 2 });
  });

  it("partial credit: points x the share of required tests passed by the best submission", () => {
    const { score } = scoreItem({
      submissions: [sub(1, 4, before(30)), sub(3, 4, before(20)), sub(2, 4, before(10))],
      dueAt: due,
      rules: rules({ scoring: "partial" }),
      points: 2,
      override: null,
    });
    expect(score.earned).toBe(1.5);
    expect(scoreItem({ submissions: [sub(1, 3, before(1))], dueAt: due, rules: rules({ scoring: "partial" }), points: 1, override: null }).score.earned).toBe(
      0.33,
    );
    // A compile error (0 tests) earns nothing rather than dividing by zero.
    expect(
      scoreItem({ submissions: [sub(0, 0, before(1), "compile_error")], dueAt: due, rules: rules({ scoring: "partial" }), points: 1, override: null }).score
        .earned,
    ).toBe(0);
  });

  it("penalty: late work loses the percentage, and a late fix never lowers an on-time score", () => {
    const penalty = rules({ scoring: "partial", latePolicy: "penalty", latePenaltyPercent: 50 });
    const lateOnly = scoreItem({ submissions: [sub(4, 4, after(5))], dueAt: due, rules: penalty, points: 2, override: null });
    expect(lateOnly.score).toMatchObject({ earned: 1, isLate: true });
    expect(lateOnly.standing).toMatchObject({ status: "accepted", isLate: true });
    // 3/4 on time = 1.5; 4/4 late = 2 x 0.5 = 1: the on-time 1.5 stands.
    expect(scoreItem({ submissions: [sub(3, 4, before(5)), sub(4, 4, after(5))], dueAt: due, rules: penalty, points: 2, override: null }).score).toMatchObject({
      earned: 1.5,
      isLate: false,
    });
    // "accept" counts late work in full.
    expect(scoreItem({ submissions: [sub(4, 4, after(5))], dueAt: due, rules: rules(), points: 2, override: null }).score.earned).toBe(2);
  });

  it("refuse: submissions after the due date count for nothing, not even as attempts", () => {
    const { score, standing } = scoreItem({
      submissions: [sub(2, 4, before(5)), sub(4, 4, after(5))],
      dueAt: due,
      rules: rules({ latePolicy: "refuse" }),
      points: 1,
      override: null,
    });
    expect(score).toMatchObject({ earned: 0, refusedAttempts: 1 });
    expect(standing).toMatchObject({ status: "attempted", attempts: 1, isLate: false });
  });

  it("the learner's own due date decides: an extension makes the same submission on time", () => {
    const late = [sub(4, 4, after(60))];
    const penalty = rules({ latePolicy: "penalty", latePenaltyPercent: 20 });
    expect(scoreItem({ submissions: late, dueAt: due, rules: penalty, points: 10, override: null }).score.earned).toBe(8);
    expect(scoreItem({ submissions: late, dueAt: after(120), rules: penalty, points: 10, override: null }).score).toMatchObject({ earned: 10, isLate: false });
  });

  it("an override replaces the computed score and keeps it visible", () => {
    const override = { score: 0.5, reason: "partial proof by hand", byEmail: "prof@example.test", at: due };
    expect(scoreItem({ submissions: [], dueAt: due, rules: rules(), points: 1, override }).score).toMatchObject({ earned: 0.5, computed: 0, override });
    // Points lowered after the override: never more than the item is worth.
    expect(scoreItem({ submissions: [], dueAt: due, rules: rules(), points: 0, override }).score.earned).toBe(0);
  });

  it("requires robustness when the set does (all or nothing)", () => {
    const accepted = { ...sub(4, 4, before(1)), robustPassed: 1, robustTotal: 3 };
    expect(scoreItem({ submissions: [accepted], dueAt: due, rules: rules({ requireRobust: true }), points: 1, override: null }).score.earned).toBe(0);
    expect(
      scoreItem({
        submissions: [{ ...accepted, robustPassed: 3, robustTotal: 3 }],
        dueAt: due,
        rules: rules({ requireRobust: true }),
        points: 1,
        override: null,
      }).score.earned,
    ).toBe(1);
  });
});

describe("readGradingRules", () => {
  it("reads unknown stored values as the defaults and clamps the percentage", () => {
    expect(readGradingRules({ scoring: "weird", latePolicy: "?", latePenaltyPercent: 250, requireRobust: false })).toEqual({
      scoring: "all_or_nothing",
      latePolicy: "accept",
      latePenaltyPercent: 100,
      requireRobust: false,
    });
  });
});
