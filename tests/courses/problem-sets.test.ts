import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { createProblemSet } from "@/lib/problem-sets/create-problem-set";
import { deleteProblemSet } from "@/lib/problem-sets/delete-problem-set";
import { filterCatalog } from "@/lib/problem-sets/filter-catalog";
import { getProblemSetForEditing } from "@/lib/problem-sets/get-problem-set-for-editing";
import { computeStanding } from "@/lib/problem-sets/item-standing";
import { listAssignedProblemSets } from "@/lib/problem-sets/list-assigned-problem-sets";
import { updateProblemSet } from "@/lib/problem-sets/update-problem-set";
import { seedExercises, useTestDatabase, type TestDatabase } from "../db/helpers";
import { addSubmission, courseWith, createUser, minutesAgo, minutesFromNow, publishedSet } from "./helpers";

const SLUGS = ["softmax", "sigmoid", "relu", "dot"];
let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedExercises(...SLUGS, ...Array.from({ length: 51 }, (_, index) => `extra-${index}`));
});
afterAll(() => database.cleanup());

describe("composing a problem set", () => {
  it("creates a draft with ordered exercises, edits it, publishes, closes and reopens it", async () => {
    const instructor = await createUser("instructor");
    const course = await courseWith(instructor);
    const dueAt = minutesFromNow(60 * 24);
    const { id } = await createProblemSet({
      actor: instructor,
      courseId: course.id,
      input: {
        title: " Week 1 ",
        exerciseSlugs: ["sigmoid", "softmax"],
        dueAt: dueAt.toISOString(),
        revealFailingCase: "after_due",
        submitIntervalSeconds: 30,
      },
    });
    expect(await getProblemSetForEditing({ actor: instructor, problemSetId: id })).toMatchObject({
      title: "Week 1",
      status: "draft",
      exerciseSlugs: ["sigmoid", "softmax"],
      dueAt,
      opensAt: null,
      revealFailingCase: "after_due",
      submitIntervalSeconds: 30,
      course: { id: course.id },
    });

    await updateProblemSet({ actor: instructor, problemSetId: id, input: { title: "Week one", exerciseSlugs: ["relu", "softmax", "sigmoid"] } });
    const edited = await getProblemSetForEditing({ actor: instructor, problemSetId: id });
    expect(edited).toMatchObject({
      title: "Week one",
      exerciseSlugs: ["relu", "softmax", "sigmoid"],
      dueAt: null,
      revealFailingCase: "always",
      submitIntervalSeconds: 0,
    });

    await changeProblemSetStatus({ actor: instructor, problemSetId: id, status: "published" });
    await changeProblemSetStatus({ actor: instructor, problemSetId: id, status: "closed" });
    await expect(updateProblemSet({ actor: instructor, problemSetId: id, input: { title: "Late edit" } })).rejects.toMatchObject({ code: "conflict" });
    await expect(changeProblemSetStatus({ actor: instructor, problemSetId: id, status: "draft" })).rejects.toMatchObject({ code: "conflict" });
    await changeProblemSetStatus({ actor: instructor, problemSetId: id, status: "published" });
    expect((await getProblemSetForEditing({ actor: instructor, problemSetId: id })).status).toBe("published");
  });

  it("validates sizes, dates, policies and exercises", async () => {
    const instructor = await createUser("instructor");
    const { id: courseId } = await courseWith(instructor);
    const create = (input: Parameters<typeof createProblemSet>[0]["input"]) => createProblemSet({ actor: instructor, courseId, input });
    const invalid = { code: "invalid_input" };
    await expect(create({ title: "" })).rejects.toMatchObject(invalid);
    await expect(create({ title: "t".repeat(121) })).rejects.toMatchObject(invalid);
    await expect(create({ title: "ok", description: "d".repeat(5001) })).rejects.toMatchObject(invalid);
    await expect(create({ title: "ok", exerciseSlugs: Array.from({ length: 51 }, (_, index) => `extra-${index}`) })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("at most 50"),
    });
    await expect(create({ title: "ok", exerciseSlugs: ["softmax", "softmax"] })).rejects.toMatchObject(invalid);
    await expect(create({ title: "ok", exerciseSlugs: ["no-such-exercise"] })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("no-such-exercise"),
    });
    await expect(create({ title: "ok", opensAt: minutesFromNow(10).toISOString(), dueAt: minutesFromNow(5).toISOString() })).rejects.toMatchObject(invalid);
    await expect(create({ title: "ok", revealFailingCase: "after_due" })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("due date"),
    });
    await expect(create({ title: "ok", submitIntervalSeconds: -1 })).rejects.toMatchObject(invalid);
    await expect(create({ title: "ok", submitIntervalSeconds: 1.5 })).rejects.toMatchObject(invalid);
    await expect(create({ title: "ok", dueAt: "tomorrow" })).rejects.toMatchObject(invalid);
    await expect(create({ title: "ok", revealFailingCase: "sometimes" as "never" })).rejects.toMatchObject(invalid);
    const fifty = await create({ title: "ok", exerciseSlugs: Array.from({ length: 50 }, (_, index) => `extra-${index}`) });
    expect((await getProblemSetForEditing({ actor: instructor, problemSetId: fifty.id })).exerciseSlugs).toHaveLength(50);
    expect(await getDb().problemSet.count({ where: { courseId } })).toBe(1);
  });

  it("publishes only sets with exercises, and deletes only drafts", async () => {
    const instructor = await createUser("instructor");
    const { id: courseId } = await courseWith(instructor);
    const { id } = await createProblemSet({ actor: instructor, courseId, input: { title: "Empty" } });
    await expect(changeProblemSetStatus({ actor: instructor, problemSetId: id, status: "published" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(changeProblemSetStatus({ actor: instructor, problemSetId: id, status: "closed" })).rejects.toMatchObject({ code: "conflict" });
    const published = await publishedSet(instructor, courseId, { title: "Real", exerciseSlugs: ["softmax"] });
    await expect(updateProblemSet({ actor: instructor, problemSetId: published, input: { title: "Real", exerciseSlugs: [] } })).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(deleteProblemSet({ actor: instructor, problemSetId: published })).rejects.toMatchObject({ code: "conflict" });
    expect(await deleteProblemSet({ actor: instructor, problemSetId: id })).toEqual({ courseId });
    await expect(getProblemSetForEditing({ actor: instructor, problemSetId: id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("belongs to the course's owner (and admins): others are refused", async () => {
    const owner = await createUser("instructor");
    const other = await createUser("instructor");
    const admin = await createUser("admin");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(owner, [learner]);
    const { id } = await createProblemSet({ actor: owner, courseId, input: { title: "Mine", exerciseSlugs: ["softmax"] } });

    await expect(createProblemSet({ actor: other, courseId, input: { title: "Intruder" } })).rejects.toMatchObject({ code: "not_found" });
    await expect(createProblemSet({ actor: learner, courseId, input: { title: "Intruder" } })).rejects.toMatchObject({ code: "forbidden" });
    for (const actor of [other, learner]) {
      const code = actor === learner ? "forbidden" : "not_found";
      await expect(getProblemSetForEditing({ actor, problemSetId: id })).rejects.toMatchObject({ code });
      await expect(updateProblemSet({ actor, problemSetId: id, input: { title: "x" } })).rejects.toMatchObject({ code });
      await expect(changeProblemSetStatus({ actor, problemSetId: id, status: "published" })).rejects.toMatchObject({ code });
      await expect(deleteProblemSet({ actor, problemSetId: id })).rejects.toMatchObject({ code });
    }
    await changeProblemSetStatus({ actor: admin, problemSetId: id, status: "published" });
    expect((await getProblemSetForEditing({ actor: owner, problemSetId: id })).status).toBe("published");
  });
});

describe("assigned sets, as a learner sees them", () => {
  it("lists published, opened sets of their courses, nearest due first, closed ones last", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [learner], "Mine");
    const { id: otherCourse } = await courseWith(instructor, [], "Not mine");
    const later = await publishedSet(instructor, courseId, { title: "Due later", exerciseSlugs: ["softmax"], dueAt: minutesFromNow(600).toISOString() });
    const sooner = await publishedSet(instructor, courseId, { title: "Due sooner", exerciseSlugs: ["sigmoid"], dueAt: minutesFromNow(60).toISOString() });
    const undated = await publishedSet(instructor, courseId, { title: "No due date", exerciseSlugs: ["relu"] });
    const closed = await publishedSet(instructor, courseId, { title: "Closed", exerciseSlugs: ["dot"] });
    await changeProblemSetStatus({ actor: instructor, problemSetId: closed, status: "closed" });
    await createProblemSet({ actor: instructor, courseId, input: { title: "Draft", exerciseSlugs: ["softmax"] } });
    await publishedSet(instructor, courseId, { title: "Not open yet", exerciseSlugs: ["softmax"], opensAt: minutesFromNow(30).toISOString() });
    await publishedSet(instructor, otherCourse, { title: "Other course", exerciseSlugs: ["softmax"] });

    const sets = await listAssignedProblemSets({ learnerId: learner.learnerId });
    expect(sets.map((set) => set.id)).toEqual([sooner, later, undated, closed]);
    expect(sets[0]).toMatchObject({ status: "published", isPastDue: false, course: { id: courseId, title: "Mine" }, acceptedCount: 0 });
    expect(sets[0].exercises).toEqual([
      expect.objectContaining({ slug: "sigmoid", isAvailable: true, standing: expect.objectContaining({ status: "not_started", attempts: 0 }) }),
    ]);
    expect((await listAssignedProblemSets({ learnerId: learner.learnerId, courseId: otherCourse })).length).toBe(0);
  });

  it("shows each exercise's standing: attempts, first acceptance, late, and a closed set's cut-off", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id: courseId } = await courseWith(instructor, [learner]);
    const due = minutesAgo(60);
    const setId = await publishedSet(instructor, courseId, { title: "Past due", exerciseSlugs: ["softmax", "sigmoid", "relu"], dueAt: due.toISOString() });
    const { learnerId } = learner;
    await addSubmission({ learnerId, slug: "softmax", at: minutesAgo(120), failed: ["hidden A"] });
    await addSubmission({ learnerId, slug: "softmax", at: minutesAgo(90) });
    await addSubmission({ learnerId, slug: "sigmoid", at: minutesAgo(30) }); // accepted after the due date
    await addSubmission({ learnerId, slug: "relu", at: minutesAgo(20), failed: ["hidden B"] });

    const [set] = await listAssignedProblemSets({ learnerId });
    expect(set).toMatchObject({ id: setId, isPastDue: true, acceptedCount: 2 });
    const [softmax, sigmoid, relu] = set.exercises.map((exercise) => exercise.standing);
    expect(softmax).toMatchObject({ status: "accepted", attempts: 2, attemptsToSolve: 2, isLate: false, firstAcceptedAt: expect.any(Date) });
    expect(sigmoid).toMatchObject({ status: "accepted", attempts: 1, isLate: true, lateAttempts: 1 });
    expect(relu).toMatchObject({ status: "attempted", attempts: 1, isLate: false, lateAttempts: 1, attemptsToSolve: null });

    // Closing freezes what counts: a later acceptance is practice.
    await changeProblemSetStatus({ actor: instructor, problemSetId: setId, status: "closed" });
    await addSubmission({ learnerId, slug: "relu", at: new Date(Date.now() + 1000) });
    const [closed] = await listAssignedProblemSets({ learnerId });
    expect(closed.status).toBe("closed");
    expect(closed.exercises[2].standing).toMatchObject({ status: "attempted", attempts: 1 });
  });
});

describe("computeStanding", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
  it("is not started without submissions", () => {
    expect(computeStanding([], null)).toEqual({
      status: "not_started",
      attempts: 0,
      firstAcceptedAt: null,
      attemptsToSolve: null,
      isLate: false,
      lateAttempts: 0,
      lastSubmittedAt: null,
      isRobust: false,
    });
  });
  it("keeps the first acceptance and counts attempts to it", () => {
    const robustness = { robustPassed: 4, robustTotal: 5 };
    const submissions = [
      { verdict: "wrong_answer", createdAt: at(1), ...robustness },
      { verdict: "compile_error", createdAt: at(2), ...robustness },
      { verdict: "accepted", createdAt: at(3), ...robustness },
      { verdict: "wrong_answer", createdAt: at(4), ...robustness },
      { verdict: "accepted", createdAt: at(5), ...robustness },
    ];
    expect(computeStanding(submissions, at(3))).toEqual({
      status: "accepted",
      attempts: 5,
      firstAcceptedAt: at(3),
      attemptsToSolve: 3,
      isLate: false,
      lateAttempts: 2,
      lastSubmittedAt: at(5),
      isRobust: false,
    });
    expect(computeStanding(submissions, at(2))).toMatchObject({ isLate: true, lateAttempts: 3 });
  });
  it("in a set that requires robustness, solves only with an accepted and robust submission", () => {
    const submissions = [
      { verdict: "accepted", createdAt: at(1), robustPassed: 3, robustTotal: 5 },
      { verdict: "wrong_answer", createdAt: at(2), robustPassed: 5, robustTotal: 5 },
      { verdict: "accepted", createdAt: at(3), robustPassed: 5, robustTotal: 5 },
    ];
    expect(computeStanding(submissions, null)).toMatchObject({ status: "accepted", attemptsToSolve: 1, isRobust: true });
    expect(computeStanding(submissions, null, true)).toMatchObject({ status: "accepted", attemptsToSolve: 3, firstAcceptedAt: at(3), isRobust: true });
    expect(computeStanding(submissions.slice(0, 2), null, true)).toMatchObject({ status: "attempted", firstAcceptedAt: null, isRobust: false });
  });
});

describe("filterCatalog", () => {
  const exercises = [
    { id: "softmax", title: "Softmax", track: "ml-math", difficulty: "easy", tags: ["activation", "numerical-stability"] },
    { id: "pca", title: "Principal component analysis", track: "linear-algebra", difficulty: "hard", tags: ["eigen"] },
    { id: "log-sum-exp", title: "Log-sum-exp", track: "calculus", difficulty: "medium", tags: ["numerical-stability"] },
  ];
  it("filters by track, difficulty, tag and title or id, in catalog order", () => {
    expect(filterCatalog(exercises, {}).map((e) => e.id)).toEqual(["softmax", "pca", "log-sum-exp"]);
    expect(filterCatalog(exercises, { track: "calculus" }).map((e) => e.id)).toEqual(["log-sum-exp"]);
    expect(filterCatalog(exercises, { difficulty: "hard" }).map((e) => e.id)).toEqual(["pca"]);
    expect(filterCatalog(exercises, { tag: "numerical-stability" }).map((e) => e.id)).toEqual(["softmax", "log-sum-exp"]);
    expect(filterCatalog(exercises, { query: "  COMPONENT " }).map((e) => e.id)).toEqual(["pca"]);
    expect(filterCatalog(exercises, { query: "log-sum" }).map((e) => e.id)).toEqual(["log-sum-exp"]);
    expect(filterCatalog(exercises, { tag: "numerical-stability", difficulty: "easy" }).map((e) => e.id)).toEqual(["softmax"]);
  });
});
