import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { getGraderPool } from "@/lib/grader-pool/get-grader-pool";
import { joinCourse } from "@/lib/courses/join-course";
import { removeLearner } from "@/lib/courses/remove-learner";
import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { findOrCreateAnonymousLearner } from "@/lib/learners/find-or-create-anonymous-learner";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { findSubmissionPolicy } from "@/lib/problem-sets/find-submission-policy";
import { resolveStoredPolicy } from "@/lib/problem-sets/resolve-stored-policy";
import { strictestPolicy } from "@/lib/problem-sets/submission-policy";
import { updateProblemSet } from "@/lib/problem-sets/update-problem-set";
import { submitSolution } from "@/lib/submissions/submit-solution";
import { viewOwnSubmission } from "@/lib/submissions/view-own-submission";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { courseWith, createUser, minutesAgo, minutesFromNow, publishedSet, TEST_ADDRESS } from "./helpers";

// Fails softmax's hidden overflow tests (the grader reveals one of them as the failing case).
const NAIVE_SOFTMAX =
  "export function softmax(z: number[]): number[] { if (z.length === 0) throw new Error('empty'); const e = z.map((v) => Math.exp(v)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await syncExerciseIndex(getExerciseCatalog());
  process.env.GRADER_WORKERS = "1";
});
afterAll(async () => {
  await getGraderPool().close();
  (globalThis as { graderPool?: unknown }).graderPool = undefined;
  await database.cleanup();
});

const stored = (id: string) =>
  getDb().submission.findUniqueOrThrow({ where: { id }, select: { revealFailingCase: true, revealFailingCaseAfter: true, failingCase: true } });
const anonymousLearner = async () => (await findOrCreateAnonymousLearner({ token: null })).learner.id;

describe("the feedback policy stored with a submission", () => {
  const now = new Date(Date.UTC(2026, 5, 1, 12));
  const set = (revealFailingCase: string, dueAt: Date | null = null, isExam = false) => ({ revealFailingCase, submitIntervalSeconds: 0, dueAt, isExam });

  it("is the strictest of the sets: never or an exam beats after_due, which waits for the latest pending due date", () => {
    const soon = new Date(now.getTime() + 60_000);
    const later = new Date(now.getTime() + 3_600_000);
    expect(strictestPolicy([set("always")], now).feedback).toEqual({ revealFailingCase: "always", revealFailingCaseAfter: null });
    expect(strictestPolicy([set("after_due", soon), set("after_due", later), set("always")], now).feedback).toEqual({
      revealFailingCase: "after_due",
      revealFailingCaseAfter: later,
    });
    expect(strictestPolicy([set("after_due", new Date(now.getTime() - 1))], now).feedback.revealFailingCase).toBe("always");
    expect(strictestPolicy([set("after_due", later), set("never")], now).feedback).toEqual({ revealFailingCase: "never", revealFailingCaseAfter: null });
    expect(strictestPolicy([set("always", null, true)], now)).toMatchObject({ isFailingCaseRevealed: false, feedback: { revealFailingCase: "never" } });
  });

  it("is read back without the sets: after_due reveals only after its stored date, unknown values hide", () => {
    expect(resolveStoredPolicy({ revealFailingCase: "always", revealFailingCaseAfter: null }, now).isFailingCaseRevealed).toBe(true);
    expect(resolveStoredPolicy({ revealFailingCase: "never", revealFailingCaseAfter: null }, now).isFailingCaseRevealed).toBe(false);
    expect(resolveStoredPolicy({ revealFailingCase: "after_due", revealFailingCaseAfter: now }, now).isFailingCaseRevealed).toBe(false);
    expect(resolveStoredPolicy({ revealFailingCase: "after_due", revealFailingCaseAfter: new Date(now.getTime() - 1) }, now).isFailingCaseRevealed).toBe(true);
    expect(resolveStoredPolicy({ revealFailingCase: "after_due", revealFailingCaseAfter: null }, now).isFailingCaseRevealed).toBe(false);
    expect(resolveStoredPolicy({ revealFailingCase: "sometimes", revealFailingCaseAfter: null }, now).isFailingCaseRevealed).toBe(false);
  });
});

describe("a submission's learner views follow the policy it was made under, for good (real grader)", () => {
  it("a 'never' submission stays hidden after the learner is removed and after the set closes; later practice reveals", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [learner]);
    const setId = await publishedSet(instructor, courseId, { title: "Quiz", exerciseSlugs: ["softmax"], revealFailingCase: "never" });

    const first = await submitSolution({ learnerId: learner.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
    expect(first.result).not.toHaveProperty("failingCase");
    expect(await stored(first.submissionId)).toMatchObject({ revealFailingCase: "never", revealFailingCaseAfter: null, failingCase: expect.any(String) });

    await removeLearner({ actor: instructor, courseId, learnerId: learner.learnerId });
    expect((await findSubmissionPolicy({ learnerId: learner.learnerId, exerciseSlug: "softmax" })).isFailingCaseRevealed).toBe(true);
    expect(await viewOwnSubmission({ learnerId: learner.learnerId, submissionId: first.submissionId })).not.toHaveProperty("result.failingCase");

    // Back in the course, then the set closes: the old submission still hides its case.
    const { joinCode } = await getDb().course.findUniqueOrThrow({ where: { id: courseId }, select: { joinCode: true } });
    await joinCourse({ actor: learner, code: joinCode, address: TEST_ADDRESS });
    await changeProblemSetStatus({ actor: instructor, problemSetId: setId, status: "closed" });
    expect(await viewOwnSubmission({ learnerId: learner.learnerId, submissionId: first.submissionId })).not.toHaveProperty("result.failingCase");

    // A submission made after closing is practice: stored "always", shown now and later.
    const practice = await submitSolution({ learnerId: learner.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
    expect(practice.result.failingCase?.testName).toBeTruthy();
    expect((await stored(practice.submissionId)).revealFailingCase).toBe("always");
    expect((await viewOwnSubmission({ learnerId: learner.learnerId, submissionId: practice.submissionId })).result.failingCase?.testName).toBeTruthy();

    // The instructor's view is unchanged: the stored case is there.
    const work = await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: learner.learnerId });
    expect(work.exercises[0].submissions.find((submission) => submission.id === first.submissionId)?.failingCase).not.toBeNull();
  }, 60_000);

  it("an 'after_due' submission reveals after the due date it was made under, even when the set's date moves", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [learner]);
    const dueAt = minutesFromNow(60);
    const setId = await publishedSet(instructor, courseId, {
      title: "Homework",
      exerciseSlugs: ["softmax"],
      revealFailingCase: "after_due",
      dueAt: dueAt.toISOString(),
    });

    const answer = await submitSolution({ learnerId: learner.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
    expect(answer.result).not.toHaveProperty("failingCase");
    expect(await stored(answer.submissionId)).toMatchObject({ revealFailingCase: "after_due", revealFailingCaseAfter: dueAt });

    // The instructor switches the set to "never": what was promised at submit time holds.
    await updateProblemSet({ actor: instructor, problemSetId: setId, input: { title: "Homework", exerciseSlugs: ["softmax"], revealFailingCase: "never" } });
    const view = (now: Date) => viewOwnSubmission({ learnerId: learner.learnerId, submissionId: answer.submissionId, now });
    expect(await view(new Date(dueAt.getTime() - 1000))).not.toHaveProperty("result.failingCase");
    expect((await view(new Date(dueAt.getTime() + 1000))).result.failingCase?.testName).toBeTruthy();
  }, 60_000);
});

describe("exam mode (real grader)", () => {
  it("while an exam set is open, nobody but staff gets a failing case: enrolled, outside the course, or signed out", async () => {
    const instructor = await createUser("instructor");
    const otherInstructor = await createUser("instructor");
    const admin = await createUser("admin");
    const examinee = await createUser("learner");
    const outsider = await createUser("learner");
    const anonymous = await anonymousLearner();
    const { id: courseId } = await courseWith(instructor, [examinee]);
    // "always" on its own, and past its due date: the exam still holds until the set is closed.
    const examId = await publishedSet(instructor, courseId, { title: "Final", exerciseSlugs: ["softmax"], isExam: true, dueAt: minutesAgo(5).toISOString() });

    for (const learnerId of [examinee.learnerId, outsider.learnerId, anonymous]) {
      const answer = await submitSolution({ learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
      expect(answer.result.verdict).toBe("wrong_answer");
      expect(answer.result).not.toHaveProperty("failingCase");
      expect(answer.result.tests.filter((test) => test.hidden && test.tier === "required").every((test) => !("input" in test) && !("actual" in test))).toBe(
        true,
      );
      expect(await stored(answer.submissionId)).toMatchObject({ revealFailingCase: "never", failingCase: expect.any(String) });
      expect(await viewOwnSubmission({ learnerId, submissionId: answer.submissionId })).not.toHaveProperty("result.failingCase");
    }
    // Staff are not examinees: any instructor or admin sees the case (to check the exercise).
    for (const staff of [instructor, otherInstructor, admin]) {
      const answer = await submitSolution({ learnerId: staff.learnerId, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
      expect(answer.result.failingCase?.testName).toBeTruthy();
    }
    // Other exercises are untouched.
    expect((await findSubmissionPolicy({ learnerId: anonymous, exerciseSlug: "log-sum-exp" })).isFailingCaseRevealed).toBe(true);

    // Closing the set ends the exam for new submissions; exam submissions stay hidden for good.
    await changeProblemSetStatus({ actor: instructor, problemSetId: examId, status: "closed" });
    const after = await submitSolution({ learnerId: anonymous, exerciseSlug: "softmax", code: NAIVE_SOFTMAX });
    expect(after.result.failingCase?.testName).toBeTruthy();
    const examSubmission = await getDb().submission.findFirstOrThrow({ where: { learnerId: anonymous }, orderBy: { createdAt: "asc" }, select: { id: true } });
    expect(await viewOwnSubmission({ learnerId: anonymous, submissionId: examSubmission.id })).not.toHaveProperty("result.failingCase");
  }, 120_000);

  it("applies only to published sets that have opened, and imposes no interval outside the course", async () => {
    const instructor = await createUser("instructor");
    const { id: courseId } = await courseWith(instructor);
    const anonymous = await anonymousLearner();
    await publishedSet(instructor, courseId, { title: "Later", exerciseSlugs: ["softmax"], isExam: true, opensAt: minutesFromNow(30).toISOString() });
    expect((await findSubmissionPolicy({ learnerId: anonymous, exerciseSlug: "softmax" })).isFailingCaseRevealed).toBe(true);
    await publishedSet(instructor, courseId, { title: "Now", exerciseSlugs: ["softmax"], isExam: true, submitIntervalSeconds: 600 });
    expect(await findSubmissionPolicy({ learnerId: anonymous, exerciseSlug: "softmax" })).toMatchObject({
      minIntervalSeconds: 0,
      isFailingCaseRevealed: false,
    });
  });
});
