import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getDraft } from "@/lib/drafts/get-draft";
import { saveDraft } from "@/lib/drafts/save-draft";
import type { FailingCase } from "@/lib/grading/types";
import { findOrCreateAnonymousLearner } from "@/lib/learners/find-or-create-anonymous-learner";
import { listProgress } from "@/lib/progress/list-progress";
import { getSubmission } from "@/lib/submissions/get-submission";
import { listSubmissions } from "@/lib/submissions/list-submissions";
import { recordSubmission } from "@/lib/submissions/record-submission";
import { countRows, gradeResult, seedExercises, useTestDatabase, type TestDatabase } from "./helpers";

let database: TestDatabase;
let learnerId: string;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedExercises("softmax", "sigmoid", "relu");
});
beforeEach(async () => {
  learnerId = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
});
afterAll(() => database.cleanup());

const failingCase: FailingCase = { testName: "test 3", input: "[1, 2]", expected: "[0.27, 0.73]", actual: "[0.5, 0.5]", message: "worst at 0", shrunk: true };

describe("recordSubmission", () => {
  it("writes the submission, its test results in order, progress and the draft", async () => {
    const result = gradeResult({
      passed: 2,
      total: 3,
      overrides: {
        message: "2/3",
        failingCase,
        mistake: { id: "forgot-max", title: "t", hint: "h".repeat(20) },
        robustness: { passed: 1, total: 4, mistake: { id: "no-validation", title: "t", hint: "h".repeat(20) } },
      },
    });
    const { id, createdAt } = await recordSubmission({ learnerId, exerciseSlug: "softmax", code: "attempt()", result });
    const detail = await getSubmission({ learnerId, submissionId: id });
    expect(detail).toMatchObject({
      id,
      exerciseSlug: "softmax",
      code: "attempt()",
      verdict: "wrong_answer",
      passed: 2,
      total: 3,
      durationMs: 12,
      message: "2/3",
      matchedMistakeId: "forgot-max",
      robustPassed: 1,
      robustTotal: 4,
      robustMistakeId: "no-validation",
      failingCase,
      createdAt,
    });
    expect(detail.tests).toEqual(
      result.tests.map((test) => ({ name: test.name, kind: test.kind, tier: test.tier, isHidden: test.hidden, status: test.status, message: test.message })),
    );
    expect(await listProgress({ learnerId })).toEqual([
      { exerciseSlug: "softmax", status: "attempted", attempts: 1, bestPassed: 2, isRobust: false, firstSolvedAt: null, lastSubmittedAt: createdAt },
    ]);
    expect((await getDraft({ learnerId, exerciseSlug: "softmax" }))?.code).toBe("attempt()");
  });

  it("counts attempts, solves once and for all, keeps the first solve time and the best score", async () => {
    const submit = (passed: number) => recordSubmission({ learnerId, exerciseSlug: "sigmoid", code: `v${passed}`, result: gradeResult({ passed, total: 4 }) });
    await submit(1);
    const firstAccepted = await submit(4);
    await submit(2);
    const last = await submit(4);
    const [progress] = await listProgress({ learnerId });
    expect(progress).toEqual({
      exerciseSlug: "sigmoid",
      status: "solved",
      attempts: 4,
      bestPassed: 4,
      isRobust: true,
      firstSolvedAt: firstAccepted.createdAt,
      lastSubmittedAt: last.createdAt,
    });
  });

  it("marks progress robust only after an accepted submission that passes every robustness check", async () => {
    const submit = (robustPassed: number, passed = 4) =>
      recordSubmission({
        learnerId,
        exerciseSlug: "sigmoid",
        code: `v${robustPassed}`,
        result: gradeResult({ passed, total: 4, overrides: { robustness: { passed: robustPassed, total: 3 } } }),
      });
    await submit(2);
    expect((await listProgress({ learnerId }))[0]).toMatchObject({ status: "solved", isRobust: false });
    await submit(3, 3); // robust checks pass but a required test fails: not robust
    expect((await listProgress({ learnerId }))[0]).toMatchObject({ isRobust: false });
    await submit(3);
    await submit(0); // robust stays robust, like solved
    expect((await listProgress({ learnerId }))[0]).toMatchObject({ status: "solved", isRobust: true });
  });

  it("keeps 'solved' after a later failing submission", async () => {
    await recordSubmission({ learnerId, exerciseSlug: "relu", code: "ok", result: gradeResult({ passed: 2, total: 2 }) });
    await recordSubmission({
      learnerId,
      exerciseSlug: "relu",
      code: "broken",
      result: gradeResult({ passed: 0, total: 2, overrides: { verdict: "compile_error" } }),
    });
    const [progress] = await listProgress({ learnerId });
    expect(progress).toMatchObject({ status: "solved", attempts: 2, bestPassed: 2 });
  });

  it("refuses 'run' results, which must not count as attempts", async () => {
    const result = gradeResult({ passed: 1, total: 1, overrides: { mode: "run" } });
    await expect(recordSubmission({ learnerId, exerciseSlug: "softmax", code: "x", result })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await listProgress({ learnerId })).toEqual([]);
  });

  it("answers not_found for an unknown exercise", async () => {
    const result = gradeResult({ passed: 1, total: 1 });
    await expect(recordSubmission({ learnerId, exerciseSlug: "nope", code: "x", result })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("recordSubmission atomicity", () => {
  // A trigger makes one statement of the transaction fail, as a full disk or a bug would. (The
  // adapter reports trigger aborts as foreign-key violations, so the message is not ours.)
  async function failInsertsInto(table: "Progress" | "Draft", run: () => Promise<unknown>): Promise<void> {
    const db = getDb();
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_insert BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    try {
      await expect(run()).rejects.toThrow(/constraint/i);
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER fail_insert");
    }
  }

  it.each(["Progress", "Draft"] as const)("writes nothing when inserting into %s fails", async (table) => {
    await saveDraft({ learnerId, exerciseSlug: "relu", code: "draft before" });
    await recordSubmission({ learnerId, exerciseSlug: "softmax", code: "earlier", result: gradeResult({ passed: 1, total: 2 }) });
    const before = await countRows();
    const progressBefore = await listProgress({ learnerId });

    const submit = () => recordSubmission({ learnerId, exerciseSlug: "relu", code: "new", result: gradeResult({ passed: 2, total: 2 }) });
    await failInsertsInto(table, submit);
    expect(await countRows()).toEqual(before);
    expect(await listProgress({ learnerId })).toEqual(progressBefore);
    expect((await getDraft({ learnerId, exerciseSlug: "relu" }))?.code).toBe("draft before");
    expect(await listSubmissions({ learnerId, exerciseSlug: "relu" })).toEqual([]);

    // Control: without the trigger the very same call goes through.
    await submit();
    expect(await countRows()).toMatchObject({ submissions: before.submissions + 1, testResults: before.testResults + 2 });
  });
});

describe("listSubmissions / getSubmission", () => {
  it("lists the learner's submissions newest first, without code", async () => {
    const ids: string[] = [];
    for (const passed of [0, 1, 2]) {
      ids.push((await recordSubmission({ learnerId, exerciseSlug: "softmax", code: "c", result: gradeResult({ passed, total: 2 }) })).id);
    }
    const other = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
    await recordSubmission({ learnerId: other, exerciseSlug: "softmax", code: "c", result: gradeResult({ passed: 2, total: 2 }) });
    const list = await listSubmissions({ learnerId, exerciseSlug: "softmax" });
    expect(list.map((item) => item.id)).toEqual(ids.reverse());
    expect(list.map((item) => item.passed)).toEqual([2, 1, 0]);
    expect(Object.keys(list[0]).sort()).toEqual(["createdAt", "durationMs", "id", "passed", "robustPassed", "robustTotal", "total", "verdict"]);
    expect(await listSubmissions({ learnerId, exerciseSlug: "softmax", limit: 1 })).toHaveLength(1);
  });

  it("never shows one learner's submission to another, nor tells them it exists", async () => {
    const { id } = await recordSubmission({ learnerId, exerciseSlug: "softmax", code: "secret", result: gradeResult({ passed: 1, total: 1 }) });
    const intruder = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
    const stolen = await getSubmission({ learnerId: intruder, submissionId: id }).catch((error: unknown) => error);
    const missing = await getSubmission({ learnerId: intruder, submissionId: "does-not-exist" }).catch((error: unknown) => error);
    expect(stolen).toMatchObject({ code: "not_found" });
    expect(stolen).toEqual(missing);
    expect((stolen as Error).message).toBe((missing as Error).message);
    expect((await getSubmission({ learnerId, submissionId: id })).code).toBe("secret");
  });
});
