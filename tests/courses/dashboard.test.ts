import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { computeStreak, localDayKey } from "@/lib/dashboard/streak";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { recordSubmission } from "@/lib/submissions/record-submission";
import { gradeResult, useTestDatabase, type TestDatabase } from "../db/helpers";
import { addSubmission, courseWith, createUser, minutesFromNow, publishedSet } from "./helpers";

// Local calendar dates (the server's zone, whatever TZ the test runs in).
const day = (month: number, date: number, hour = 12) => new Date(2026, month - 1, date, hour);

describe("computeStreak", () => {
  const now = day(3, 10, 9);
  it("counts consecutive days ending today, or yesterday while today has no accept yet", () => {
    expect(computeStreak([], now)).toEqual({ current: 0, longest: 0, isActiveToday: false });
    expect(computeStreak([day(3, 10, 8), day(3, 9), day(3, 8, 23), day(3, 8, 1)], now)).toEqual({ current: 3, longest: 3, isActiveToday: true });
    expect(computeStreak([day(3, 9), day(3, 8)], now)).toEqual({ current: 2, longest: 2, isActiveToday: false });
    expect(computeStreak([day(3, 8), day(3, 7)], now)).toMatchObject({ current: 0, longest: 2 });
  });
  it("keeps the longest run and crosses month ends and DST changes", () => {
    const accepted = [day(2, 27), day(2, 28), day(3, 1), day(3, 2), day(3, 3), day(3, 9, 0), day(3, 10, 0)];
    expect(computeStreak(accepted, now)).toEqual({ current: 2, longest: 5, isActiveToday: true });
    // The last Sunday of March (Europe) and the second Sunday of March (US) are 23-hour days.
    const acrossDst = Array.from({ length: 20 }, (_, index) => day(3, 10 + index, 0));
    expect(computeStreak(acrossDst, day(3, 29, 23)).current).toBe(20);
    expect(localDayKey(day(1, 5, 0))).toBe("2026-01-05");
  });
});

describe("getDashboard", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await useTestDatabase();
    await syncExerciseIndex(getExerciseCatalog());
  });
  afterAll(() => database.cleanup());

  it("is empty but useful for a visitor without a learner", async () => {
    const dashboard = await getDashboard({ learnerId: null });
    const catalog = getExerciseCatalog().exercises;
    expect(dashboard).toMatchObject({ solved: 0, total: catalog.length, recent: [], exercises: [], streak: { current: 0 } });
    expect(dashboard.tracks.reduce((sum, track) => sum + track.total, 0)).toBe(catalog.length);
    expect(dashboard.next.assigned).toEqual([]);
    expect(dashboard.next.practice.map((exercise) => exercise.slug)).toEqual(catalog.slice(0, 5).map((exercise) => exercise.meta.id));
  });

  it("shows progress per track, recent activity, attempts, and assigned sets before practice", async () => {
    const catalog = getExerciseCatalog().exercises.map((exercise) => exercise.meta);
    const [first, second, third] = catalog;
    const softmax = catalog.find((exercise) => exercise.id === "softmax")!;
    const learner = await createUser("learner");
    const instructor = await createUser("instructor");
    const { learnerId } = learner;
    const submit = (slug: string, passed: number) => recordSubmission({ learnerId, exerciseSlug: slug, code: "x", result: gradeResult({ passed, total: 2 }) });
    await submit(first.id, 1);
    const solved = await submit(first.id, 2);
    await submit(softmax.id, 0);

    const { id: courseId } = await courseWith(instructor, [learner]);
    await publishedSet(instructor, courseId, { title: "Due later", exerciseSlugs: [third.id, first.id], dueAt: minutesFromNow(600).toISOString() });
    await publishedSet(instructor, courseId, { title: "Due sooner", exerciseSlugs: [softmax.id], dueAt: minutesFromNow(60).toISOString() });
    await publishedSet(instructor, courseId, { title: "All done", exerciseSlugs: [first.id] });

    const dashboard = await getDashboard({ learnerId });
    expect(dashboard.solved).toBe(1);
    // gradeResult carries no robustness checks: an accepted submission is then robust too.
    expect(dashboard.tracks.find((track) => track.id === first.track)).toMatchObject({ solved: 1, robust: 1 });
    expect(dashboard).toMatchObject({ solved: 1, robust: 1 });
    expect(dashboard.streak).toMatchObject({ current: 1, isActiveToday: true });
    expect(dashboard.recent.map((entry) => [entry.slug, entry.verdict])).toEqual([
      [softmax.id, "wrong_answer"],
      [first.id, "accepted"],
      [first.id, "wrong_answer"],
    ]);
    expect(dashboard.exercises).toEqual(
      expect.arrayContaining([
        { slug: first.id, title: first.title, status: "solved", isRobust: true, attempts: 2, firstSolvedAt: solved.createdAt },
        { slug: softmax.id, title: softmax.title, status: "attempted", isRobust: false, attempts: 1, firstSolvedAt: null },
      ]),
    );
    expect(dashboard.next.assigned.map((set) => [set.title, set.exercises.map((exercise) => exercise.slug)])).toEqual([
      ["Due sooner", [softmax.id]],
      ["Due later", [third.id]],
    ]);
    const practice = dashboard.next.practice.map((exercise) => exercise.slug);
    expect(practice[0]).toBe(second.id);
    expect(practice).not.toContain(first.id);
    expect(practice).not.toContain(third.id);
    expect(practice).not.toContain(softmax.id);
  });

  it("counts a streak from accepted submissions only", async () => {
    const learner = await createUser("learner");
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    await addSubmission({ learnerId: learner.learnerId, slug: "softmax", at: yesterday });
    await addSubmission({ learnerId: learner.learnerId, slug: "softmax", at: new Date(), failed: ["hidden A"] });
    expect((await getDashboard({ learnerId: learner.learnerId })).streak).toMatchObject({ current: 1, isActiveToday: false });
  });
});
