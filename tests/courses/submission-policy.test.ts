import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { getGraderPool } from "@/lib/grader-pool/get-grader-pool";
import type { GradeResult } from "@/lib/grading/types";
import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { applyFeedbackPolicy } from "@/lib/problem-sets/apply-feedback-policy";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { createProblemSet } from "@/lib/problem-sets/create-problem-set";
import { enforceSubmissionPolicy } from "@/lib/problem-sets/enforce-submission-policy";
import { findSubmissionPolicy } from "@/lib/problem-sets/find-submission-policy";
import { OPEN_POLICY, strictestPolicy } from "@/lib/problem-sets/submission-policy";
import { viewOwnSubmission } from "@/lib/submissions/view-own-submission";
import { submitSolution } from "@/lib/submissions/submit-solution";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { addSubmission, courseWith, createUser, minutesAgo, minutesFromNow, publishedSet } from "./helpers";

const NAIVE_SOFTMAX =
  "export function softmax(z: number[]): number[] { if (z.length === 0) throw new Error('empty'); const e = z.map((v) => Math.exp(v)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  // The real catalog: the last test grades real submissions.
  await syncExerciseIndex(getExerciseCatalog());
  process.env.GRADER_WORKERS = "1";
});
afterAll(async () => {
  await getGraderPool().close();
  (globalThis as { graderPool?: unknown }).graderPool = undefined;
  await database.cleanup();
});

describe("strictestPolicy", () => {
  const now = new Date(Date.UTC(2026, 5, 1, 12));
  const set = (revealFailingCase: string, submitIntervalSeconds = 0, dueAt: Date | null = null) => ({ revealFailingCase, submitIntervalSeconds, dueAt });
  it("is open without sets", () => expect(strictestPolicy([], now)).toEqual(OPEN_POLICY));
  it("takes the largest interval and hides the case when any set hides it", () => {
    expect(strictestPolicy([set("always", 10), set("always", 60), set("always", 0)], now)).toEqual({ ...OPEN_POLICY, minIntervalSeconds: 60 });
    expect(strictestPolicy([set("always"), set("never")], now).isFailingCaseRevealed).toBe(false);
  });
  it("reveals after_due only once the due date has passed", () => {
    expect(strictestPolicy([set("after_due", 0, new Date(now.getTime() + 1))], now).isFailingCaseRevealed).toBe(false);
    expect(strictestPolicy([set("after_due", 0, now)], now).isFailingCaseRevealed).toBe(false);
    expect(strictestPolicy([set("after_due", 0, new Date(now.getTime() - 1))], now).isFailingCaseRevealed).toBe(true);
    expect(strictestPolicy([set("after_due", 0, null)], now).isFailingCaseRevealed).toBe(false);
    expect(strictestPolicy([set("unheard-of")], now).isFailingCaseRevealed).toBe(false);
  });
});

describe("applyFeedbackPolicy", () => {
  const view: Pick<GradeResult, "tests" | "failingCase"> = {
    tests: [
      {
        name: "example",
        kind: "example",
        tier: "required" as const,
        hidden: false,
        status: "failed",
        message: "expected 1",
        input: "[1]",
        expected: "1",
        actual: "2",
      },
      {
        name: "big logits",
        kind: "fixed",
        tier: "required" as const,
        hidden: true,
        status: "failed",
        message: "wrong answer",
        input: "[1000]",
        expected: "[1]",
        actual: "[NaN]",
      },
    ],
    failingCase: { testName: "big logits", input: "[1000]", expected: "[1]", actual: "[NaN]", message: "NaN", shrunk: false },
  };
  it("keeps everything when failing cases are revealed", () => expect(applyFeedbackPolicy(view, OPEN_POLICY)).toBe(view));
  it("withholds the failing case and any hidden input, keeping names and statuses", () => {
    const withheld = applyFeedbackPolicy(view, { isFailingCaseRevealed: false });
    expect(withheld).not.toHaveProperty("failingCase");
    expect(withheld.tests[0]).toBe(view.tests[0]);
    expect(withheld.tests[1]).toEqual({
      name: "big logits",
      kind: "fixed",
      tier: "required" as const,
      hidden: true,
      status: "failed",
      message: "wrong answer",
    });
  });
});

describe("findSubmissionPolicy and enforceSubmissionPolicy", () => {
  it("apply only published, opened sets of the learner's own courses that contain the exercise", async () => {
    const instructor = await createUser("instructor");
    const member = await createUser("learner");
    const outsider = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [member]);
    const strict = { revealFailingCase: "never" as const, submitIntervalSeconds: 120 };
    await createProblemSet({ actor: instructor, courseId, input: { title: "Draft", exerciseSlugs: ["softmax"], ...strict } });
    await publishedSet(instructor, courseId, { title: "Later", exerciseSlugs: ["softmax"], opensAt: minutesFromNow(5).toISOString(), ...strict });
    await publishedSet(instructor, courseId, { title: "Other exercise", exerciseSlugs: ["sigmoid-gradient"], ...strict });
    const closed = await publishedSet(instructor, courseId, { title: "Closed", exerciseSlugs: ["softmax"], ...strict });
    await changeProblemSetStatus({ actor: instructor, problemSetId: closed, status: "closed" });
    expect(await findSubmissionPolicy({ learnerId: member.learnerId, exerciseSlug: "softmax" })).toEqual(OPEN_POLICY);

    await publishedSet(instructor, courseId, { title: "Open", exerciseSlugs: ["log-sum-exp", "softmax"], submitIntervalSeconds: 30 });
    await publishedSet(instructor, courseId, {
      title: "Exam",
      exerciseSlugs: ["softmax"],
      revealFailingCase: "after_due",
      dueAt: minutesFromNow(60).toISOString(),
    });
    expect(await findSubmissionPolicy({ learnerId: member.learnerId, exerciseSlug: "softmax" })).toMatchObject({
      minIntervalSeconds: 30,
      isFailingCaseRevealed: false,
    });
    expect(await findSubmissionPolicy({ learnerId: outsider.learnerId, exerciseSlug: "softmax" })).toEqual(OPEN_POLICY);
  });

  it("refuses a submit within the interval, counted from the last submission of that exercise", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [learner]);
    await publishedSet(instructor, courseId, { title: "Limited", exerciseSlugs: ["softmax", "log-sum-exp"], submitIntervalSeconds: 60 });
    const { learnerId } = learner;
    expect(await enforceSubmissionPolicy({ learnerId, exerciseSlug: "softmax" })).toMatchObject({ minIntervalSeconds: 60 });

    const now = new Date();
    await addSubmission({ learnerId, slug: "softmax", at: new Date(now.getTime() - 15_500) });
    await expect(enforceSubmissionPolicy({ learnerId, exerciseSlug: "softmax", now })).rejects.toMatchObject({
      code: "rate_limited",
      message: "You can submit this exercise again in 45 s",
    });
    // Another exercise has its own clock; the same one is free again after the interval.
    await expect(enforceSubmissionPolicy({ learnerId, exerciseSlug: "log-sum-exp", now })).resolves.toBeTruthy();
    await expect(enforceSubmissionPolicy({ learnerId, exerciseSlug: "softmax", now: new Date(now.getTime() + 45_000) })).resolves.toBeTruthy();
    // Submissions older than the interval do not count.
    await addSubmission({ learnerId, slug: "log-sum-exp", at: minutesAgo(2) });
    await expect(enforceSubmissionPolicy({ learnerId, exerciseSlug: "log-sum-exp", now })).resolves.toBeTruthy();
  });
});

describe("submitSolution under a problem set (real grader)", () => {
  it("hides the failing case from the learner, stores it for the instructor, and rate-limits before grading", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [learner]);
    const setId = await publishedSet(instructor, courseId, {
      title: "Exam",
      exerciseSlugs: ["softmax"],
      revealFailingCase: "never",
      submitIntervalSeconds: 300,
    });

    const first = await submitSolution({ learnerId: learner.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
    expect(first.result.verdict).toBe("wrong_answer");
    expect(first.result.mistake?.id).toBe("no-max-shift");
    expect(first.result).not.toHaveProperty("failingCase");
    for (const test of first.result.tests.filter((outcome) => outcome.hidden)) {
      expect(Object.keys(test).sort()).toEqual(["hidden", "kind", "message", "name", "status", "tier"]);
    }

    // Reopening the stored submission (API and history page) applies the same policy.
    const reopened = await viewOwnSubmission({ learnerId: learner.learnerId, submissionId: first.submissionId });
    expect(reopened.result.verdict).toBe("wrong_answer");
    expect(reopened.result).not.toHaveProperty("failingCase");

    const work = await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: learner.learnerId });
    const stored = work.exercises[0].submissions[0];
    expect(stored.id).toBe(first.submissionId);
    expect(stored.failingCase).not.toBeNull();
    expect(stored.mistake).toEqual({ id: "no-max-shift", title: "No max shift: exp overflows" });

    const started = Date.now();
    await expect(submitSolution({ learnerId: learner.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX })).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/^You can submit this exercise again in (299|300) s$/),
    });
    expect(Date.now() - started).toBeLessThan(1000); // refused before grading
    expect((await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: learner.learnerId })).exercises[0].submissions).toHaveLength(1);

    // Outside any set the same code gets its failing case, and may be submitted again at once.
    const free = await createUser("learner");
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await submitSolution({ learnerId: free.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
      expect(answer.result.failingCase?.testName).toBeTruthy();
    }
  }, 60_000);

  it("lets only one of several simultaneous submits through an interval", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [learner]);
    await publishedSet(instructor, courseId, { title: "Limited", exerciseSlugs: ["softmax"], submitIntervalSeconds: 60 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 3 }, () => submitSolution({ learnerId: learner.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX })),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts.filter((item) => item.status === "rejected")) {
      expect((attempt as PromiseRejectedResult).reason).toMatchObject({ code: "rate_limited" });
    }
    expect(await getDb().submission.count({ where: { learnerId: learner.learnerId } })).toBe(1);
  }, 60_000);
});
