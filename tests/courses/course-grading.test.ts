import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { EXERCISES_DIR } from "@/lib/exercises/paths";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { getGraderPool } from "@/lib/grader-pool/get-grader-pool";
import { addSubmissionComment } from "@/lib/gradebook/add-submission-comment";
import { exportCourseGradebookCsv } from "@/lib/gradebook/export-course-gradebook-csv";
import { getCourseGradebook } from "@/lib/gradebook/get-course-gradebook";
import { getGradebook } from "@/lib/gradebook/get-gradebook";
import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { getRegrade } from "@/lib/gradebook/get-regrade";
import { grantExtension } from "@/lib/gradebook/grant-extension";
import { overrideGrade } from "@/lib/gradebook/override-grade";
import { startRegrade } from "@/lib/gradebook/start-regrade";
import { findSubmissionPolicy } from "@/lib/problem-sets/find-submission-policy";
import { getProblemSetForEditing } from "@/lib/problem-sets/get-problem-set-for-editing";
import { listAssignedProblemSets } from "@/lib/problem-sets/list-assigned-problem-sets";
import { findOwnRegradeTime } from "@/lib/submissions/find-own-regrade-time";
import { listOwnSubmissionComments } from "@/lib/submissions/list-own-submission-comments";
import { submitSolution } from "@/lib/submissions/submit-solution";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { parseCsv } from "./csv";
import { addSubmission, courseWith, createUser, minutesAgo, minutesFromNow, publishedSet } from "./helpers";

const REFERENCE_SOFTMAX = fs.readFileSync(path.join(EXERCISES_DIR, "ml-math", "softmax", "reference.ts"), "utf8");

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

/** A course with two learners and a set due an hour ago: softmax (2 points) and sigmoid (1), partial credit, 50% off late work. */
async function week() {
  const instructor = await createUser("instructor");
  const ada = await createUser("learner");
  const ben = await createUser("learner");
  const course = await courseWith(instructor, [ada, ben]);
  const setId = await publishedSet(instructor, course.id, {
    title: "Week 1",
    exerciseSlugs: ["softmax", "sigmoid"],
    itemPoints: { softmax: 2 },
    dueAt: minutesAgo(60).toISOString(),
    scoring: "partial",
    latePolicy: "penalty",
    latePenaltyPercent: 50,
  });
  return { instructor, ada, ben, course, setId };
}

describe("points, partial credit, late penalty and extensions", () => {
  it("stores the rules and points and scores every learner by their own due date", async () => {
    const { instructor, ada, ben, setId } = await week();
    expect(await getProblemSetForEditing({ actor: instructor, problemSetId: setId })).toMatchObject({
      scoring: "partial",
      latePolicy: "penalty",
      latePenaltyPercent: 50,
      itemPoints: { softmax: 2, sigmoid: 1 },
    });
    // ada: softmax 3 of 4 on time (1.5 of 2). ben: softmax accepted 30 minutes late (2 x 50% = 1).
    await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(90), failed: ["hidden A"] });
    await addSubmission({ learnerId: ben.learnerId, slug: "softmax", at: minutesAgo(30) });
    let gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    const row = (id: string) => gradebook.rows.find((candidate) => candidate.learnerId === id)!;
    expect(gradebook.problemSet.maxScore).toBe(3);
    expect(row(ada.learnerId)).toMatchObject({ totalScore: 1.5, extension: null });
    expect(row(ben.learnerId).scores[0]).toMatchObject({ earned: 1, isLate: true });
    expect(row(ben.learnerId).cells[0]).toMatchObject({ status: "accepted", isLate: true });

    // An extension for ben to a time after his submission: on time, full points, no late flag.
    await grantExtension({ actor: instructor, problemSetId: setId, input: { learnerId: ben.learnerId, dueAt: minutesFromNow(60).toISOString() } });
    gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(row(ben.learnerId)).toMatchObject({ totalScore: 2, extension: { grantedByEmail: instructor.email } });
    expect(row(ben.learnerId).cells[0].isLate).toBe(false);
    // ben sees his own due date; ada still sees the set's.
    const [bensSet] = await listAssignedProblemSets({ learnerId: ben.learnerId });
    expect(bensSet).toMatchObject({ hasExtension: true, isPastDue: false, totalScore: 2, maxScore: 3 });
    const [adasSet] = await listAssignedProblemSets({ learnerId: ada.learnerId });
    expect(adasSet).toMatchObject({ hasExtension: false, isPastDue: true, totalScore: 1.5 });

    // Withdrawn: late again.
    await grantExtension({ actor: instructor, problemSetId: setId, input: { learnerId: ben.learnerId, dueAt: null } });
    gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(row(ben.learnerId).totalScore).toBe(1);
  });

  it("refuses extensions and overrides from learners and other instructors, and for learners outside the course", async () => {
    const { ada, setId } = await week();
    const stranger = await createUser("instructor");
    const outsider = await createUser("learner");
    const { instructor } = await week().then(async (other) => ({ instructor: other.instructor }));
    const input = { learnerId: ada.learnerId, dueAt: minutesFromNow(5).toISOString() };
    await expect(grantExtension({ actor: ada, problemSetId: setId, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(grantExtension({ actor: stranger, problemSetId: setId, input })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      overrideGrade({ actor: instructor, problemSetId: setId, input: { learnerId: ada.learnerId, exerciseSlug: "softmax", score: 1, reason: "x" } }),
    ).rejects.toMatchObject({ code: "not_found" });
    const owner = (await getDb().problemSet.findUniqueOrThrow({ where: { id: setId }, select: { course: { select: { ownerId: true } } } })).course.ownerId;
    const ownerActor = { id: owner, role: "instructor" as const, learnerId: "unused" };
    await expect(grantExtension({ actor: ownerActor, problemSetId: setId, input: { ...input, learnerId: outsider.learnerId } })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(grantExtension({ actor: ownerActor, problemSetId: setId, input: { ...input, dueAt: "tomorrow" } })).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});

describe("extensions and the after_due feedback policy", () => {
  it("withhold the failing case until the learner's own (later) due date", async () => {
    const instructor = await createUser("instructor");
    const ada = await createUser("learner");
    const course = await courseWith(instructor, [ada]);
    const setId = await publishedSet(instructor, course.id, {
      title: "Homework",
      exerciseSlugs: ["relu"],
      dueAt: minutesAgo(10).toISOString(),
      revealFailingCase: "after_due",
    });
    expect((await findSubmissionPolicy({ learnerId: ada.learnerId, exerciseSlug: "relu" })).feedback.revealFailingCase).toBe("always");
    const extendedTo = minutesFromNow(60);
    await grantExtension({ actor: instructor, problemSetId: setId, input: { learnerId: ada.learnerId, dueAt: extendedTo.toISOString() } });
    expect((await findSubmissionPolicy({ learnerId: ada.learnerId, exerciseSlug: "relu" })).feedback).toEqual({
      revealFailingCase: "after_due",
      revealFailingCaseAfter: extendedTo,
    });
  });
});

describe("grade overrides", () => {
  it("are audited (who, when, why), the newest wins, a null score lifts them, and they stay within the item's points", async () => {
    const { instructor, ada, setId } = await week();
    await expect(
      overrideGrade({ actor: instructor, problemSetId: setId, input: { learnerId: ada.learnerId, exerciseSlug: "softmax", score: 3, reason: "too much" } }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      overrideGrade({ actor: instructor, problemSetId: setId, input: { learnerId: ada.learnerId, exerciseSlug: "softmax", score: 1, reason: "  " } }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      overrideGrade({ actor: instructor, problemSetId: setId, input: { learnerId: ada.learnerId, exerciseSlug: "relu", score: 1, reason: "not in set" } }),
    ).rejects.toMatchObject({ code: "not_found" });
    await overrideGrade({ actor: instructor, problemSetId: setId, input: { learnerId: ada.learnerId, exerciseSlug: "softmax", score: 1, reason: "first" } });
    await overrideGrade({
      actor: instructor,
      problemSetId: setId,
      input: { learnerId: ada.learnerId, exerciseSlug: "softmax", score: 1.25, reason: "proof checked by hand" },
    });
    const work = await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: ada.learnerId });
    expect(work.exercises[0].score).toMatchObject({
      earned: 1.25,
      computed: 0,
      override: { score: 1.25, reason: "proof checked by hand", byEmail: instructor.email, at: expect.any(Date) },
    });
    expect(await getDb().gradeOverride.count({ where: { problemSetId: setId, learnerId: ada.learnerId } })).toBe(2);
    await overrideGrade({
      actor: instructor,
      problemSetId: setId,
      input: { learnerId: ada.learnerId, exerciseSlug: "softmax", score: null, reason: "lifted" },
    });
    expect((await getGradebook({ actor: instructor, problemSetId: setId })).rows.find((row) => row.learnerId === ada.learnerId)!.scores[0]).toMatchObject({
      earned: 0,
      override: null,
    });
    expect(await getDb().gradeOverride.count({ where: { problemSetId: setId, learnerId: ada.learnerId } })).toBe(3);
  });
});

describe("comments", () => {
  it("reach the learner who made the submission, and nobody else", async () => {
    const { instructor, ada, ben, setId } = await week();
    const submissionId = await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(5), failed: ["hidden A"] });
    const elsewhere = await addSubmission({ learnerId: ada.learnerId, slug: "relu", at: minutesAgo(5) });
    await expect(addSubmissionComment({ actor: ada, problemSetId: setId, input: { submissionId, body: "hi" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      addSubmissionComment({ actor: instructor, problemSetId: setId, input: { submissionId: elsewhere, body: "not in this set" } }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(addSubmissionComment({ actor: instructor, problemSetId: setId, input: { submissionId, body: "   " } })).rejects.toMatchObject({
      code: "invalid_input",
    });
    await addSubmissionComment({ actor: instructor, problemSetId: setId, input: { submissionId, body: "Shift by the max before exp." } });
    expect(await listOwnSubmissionComments({ learnerId: ada.learnerId, submissionId })).toEqual([
      { id: expect.any(String), body: "Shift by the max before exp.", authorEmail: instructor.email, createdAt: expect.any(Date) },
    ]);
    expect(await listOwnSubmissionComments({ learnerId: ben.learnerId, submissionId })).toEqual([]);
    const work = await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: ada.learnerId });
    expect(work.exercises[0].submissions[0].comments.map((comment) => comment.body)).toEqual(["Shift by the max before exp."]);
  });
});

describe("the course gradebook", () => {
  it("adds each set's total per learner, leaves drafts out, and exports the same numbers", async () => {
    const { instructor, ada, ben, course, setId } = await week();
    const second = await publishedSet(instructor, course.id, { title: "Week 2", exerciseSlugs: ["relu"], itemPoints: { relu: 4 } });
    await getDb().problemSet.create({
      data: {
        courseId: course.id,
        title: "Draft",
        items: { create: [{ exerciseId: (await getDb().exercise.findUniqueOrThrow({ where: { slug: "relu" } })).id, position: 0 }] },
      },
    });
    await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(90) });
    await addSubmission({ learnerId: ada.learnerId, slug: "relu", at: minutesAgo(10) });
    await getDb().user.update({ where: { id: ben.id }, data: { displayName: "Ben, Jr.", studentId: "007" } });
    const gradebook = await getCourseGradebook({ actor: instructor, courseId: course.id });
    expect(gradebook.sets.map((set) => [set.id, set.maxScore])).toEqual([
      [setId, 3],
      [second, 4],
    ]);
    expect(gradebook.maxScore).toBe(7);
    const row = (id: string) => gradebook.rows.find((candidate) => candidate.learnerId === id)!;
    expect(row(ada.learnerId)).toMatchObject({ setScores: [2, 4], totalScore: 6 });
    expect(row(ben.learnerId)).toMatchObject({ setScores: [0, 0], totalScore: 0 });
    const { csv, filename } = await exportCourseGradebookCsv({ actor: instructor, courseId: course.id });
    expect(filename).toBe("course-gradebook-course.csv");
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual(["Name", "Email", "Student ID", "Week 1 (of 3)", "Week 2 (of 4)", "Total (of 7)"]);
    expect(records).toContainEqual(["", ada.email, "", "2", "4", "6"]);
    expect(records).toContainEqual(["Ben, Jr.", ben.email, "007", "0", "0", "0"]);
    await expect(getCourseGradebook({ actor: ada, courseId: course.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("regrade (real grader)", () => {
  it("grades outdated submissions again in the background and lists the verdicts that changed", { timeout: 60_000 }, async () => {
    const { instructor, ada, ben, setId } = await week();
    const good = await submitSolution({ learnerId: ada.learnerId, exerciseSlug: "softmax", code: REFERENCE_SOFTMAX });
    const alsoGood = await submitSolution({ learnerId: ben.learnerId, exerciseSlug: "softmax", code: REFERENCE_SOFTMAX });
    expect(good.result.verdict).toBe("accepted");
    const exercise = await getDb().exercise.findUniqueOrThrow({ where: { slug: "softmax" }, select: { gradedHash: true } });
    expect((await getDb().submission.findUniqueOrThrow({ where: { id: good.submissionId } })).exerciseVersion).toBe(exercise.gradedHash);
    await expect(startRegrade({ actor: instructor, problemSetId: setId })).rejects.toMatchObject({ code: "conflict" });

    // As if both were graded by an older version of the exercise that got ada's wrong.
    await getDb().submission.update({ where: { id: good.submissionId }, data: { exerciseVersion: "older", verdict: "wrong_answer", passed: 1 } });
    await getDb().submission.update({ where: { id: alsoGood.submissionId }, data: { exerciseVersion: "older" } });
    // ...and so ada's progress said: not solved.
    const { exerciseId, createdAt } = await getDb().submission.findUniqueOrThrow({ where: { id: good.submissionId } });
    const adaSoftmax = { learnerId_exerciseId: { learnerId: ada.learnerId, exerciseId } };
    await getDb().progress.update({ where: adaSoftmax, data: { status: "attempted", firstSolvedAt: null, bestPassed: 1, isRobust: false } });
    const before = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(before.rows.find((row) => row.learnerId === ada.learnerId)!.outdated).toEqual([1, 0]);
    await expect(startRegrade({ actor: ada, problemSetId: setId })).rejects.toMatchObject({ code: "forbidden" });

    const { regradeId, total } = await startRegrade({ actor: instructor, problemSetId: setId });
    expect(total).toBe(2);
    let regrade = await getRegrade({ actor: instructor, problemSetId: setId, regradeId });
    for (let i = 0; regrade?.status === "running" && i < 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      regrade = await getRegrade({ actor: instructor, problemSetId: setId, regradeId });
    }
    expect(regrade).toMatchObject({ status: "done", done: 2, total: 2 });
    // Only ada's verdict changed; ben's was already right.
    expect(regrade!.changes).toEqual([
      expect.objectContaining({ submissionId: good.submissionId, email: ada.email, oldVerdict: "wrong_answer", newVerdict: "accepted", oldPassed: 1 }),
    ]);
    const after = await getDb().submission.findUniqueOrThrow({ where: { id: good.submissionId } });
    expect(after).toMatchObject({ verdict: "accepted", exerciseVersion: exercise.gradedHash, regradedAt: expect.any(Date) });
    expect((JSON.parse(after.tests) as { tier: string }[]).filter((test) => test.tier === "required").length).toBe(after.total);
    expect(await findOwnRegradeTime({ learnerId: ada.learnerId, submissionId: good.submissionId })).toEqual(after.regradedAt);
    expect(await findOwnRegradeTime({ learnerId: ben.learnerId, submissionId: good.submissionId })).toBeNull();
    // Her solved mark follows the new grade, solved when she submitted.
    expect(await getDb().progress.findUniqueOrThrow({ where: adaSoftmax })).toMatchObject({
      status: "solved",
      firstSolvedAt: createdAt,
      bestPassed: after.passed,
      attempts: 1,
    });
    const gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(gradebook.rows.every((row) => row.outdated.every((count) => count === 0))).toBe(true);
  });

  it("a regrade left 'running' by a server restart is marked interrupted, and a new one can start", async () => {
    const { instructor, ada, setId } = await week();
    await addSubmission({ learnerId: ada.learnerId, slug: "sigmoid", at: minutesAgo(5) });
    const stale = await getDb().regrade.create({ data: { problemSetId: setId, startedById: instructor.id, total: 1 } });
    const { regradeId } = await startRegrade({ actor: instructor, problemSetId: setId });
    expect(regradeId).not.toBe(stale.id);
    expect(await getDb().regrade.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({ status: "failed", error: "interrupted by a server restart" });
    let regrade = await getRegrade({ actor: instructor, problemSetId: setId, regradeId });
    for (let i = 0; regrade?.status === "running" && i < 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      regrade = await getRegrade({ actor: instructor, problemSetId: setId, regradeId });
    }
    expect(regrade).toMatchObject({ status: "done", total: 1, done: 1 });
  });
});
