import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { countRelabelledLate } from "@/lib/problem-sets/count-relabelled-late";
import { getSetExerciseContext } from "@/lib/problem-sets/get-set-exercise-context";
import { listSetsWithExercise } from "@/lib/problem-sets/list-sets-with-exercise";
import { seedExercises, useTestDatabase, type TestDatabase } from "../db/helpers";
import { addSubmission, courseWith, createUser, minutesAgo, minutesFromNow, publishedSet } from "./helpers";

// The exercise page inside a set (issue 12, item 1) and the due-date warning (item 8).

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedExercises("softmax", "sigmoid", "relu", "dot");
});
afterAll(() => database.cleanup());

describe("an exercise in its set", () => {
  it("gives the position, neighbours, rules and standing; counts while published, practice once closed", async () => {
    const instructor = await createUser("instructor");
    const ada = await createUser();
    const course = await courseWith(instructor, [ada], "Math for ML");
    const dueAt = minutesFromNow(60);
    const problemSetId = await publishedSet(instructor, course.id, {
      title: "Week 1",
      exerciseSlugs: ["sigmoid", "softmax", "relu"],
      dueAt: dueAt.toISOString(),
      submitIntervalSeconds: 20,
    });
    await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(5) });
    const context = await getSetExerciseContext({ actor: ada, courseId: course.id, problemSetId, exerciseSlug: "softmax" });
    expect(context).toMatchObject({
      course: { id: course.id, title: "Math for ML" },
      set: { id: problemSetId, title: "Week 1", dueAt, submitIntervalSeconds: 20, status: "published", isPastDue: false },
      position: 2,
      total: 3,
      previous: { slug: "sigmoid" },
      next: { slug: "relu" },
      standing: { status: "accepted", attempts: 1, isLate: false },
      counts: true,
    });
    const first = await getSetExerciseContext({ actor: ada, courseId: course.id, problemSetId, exerciseSlug: "sigmoid" });
    expect([first.previous, first.next?.slug]).toEqual([null, "softmax"]);
    expect((await listSetsWithExercise({ learnerId: ada.learnerId, exerciseSlug: "softmax" })).map((set) => set.problemSetId)).toEqual([problemSetId]);
    expect(await listSetsWithExercise({ learnerId: ada.learnerId, exerciseSlug: "dot" })).toEqual([]);

    await changeProblemSetStatus({ actor: instructor, problemSetId, status: "closed" });
    expect((await getSetExerciseContext({ actor: ada, courseId: course.id, problemSetId, exerciseSlug: "softmax" })).counts).toBe(false);
    expect(await listSetsWithExercise({ learnerId: ada.learnerId, exerciseSlug: "softmax" })).toEqual([]);
  });

  it("is not_found for someone outside the course, an exercise outside the set, a draft or another course's set", async () => {
    const instructor = await createUser("instructor");
    const ada = await createUser();
    const stranger = await createUser();
    const course = await courseWith(instructor, [ada]);
    const other = await courseWith(instructor, [ada]);
    const problemSetId = await publishedSet(instructor, course.id, { title: "Week 1", exerciseSlugs: ["softmax"] });
    const notFound = { code: "not_found" };
    await expect(getSetExerciseContext({ actor: stranger, courseId: course.id, problemSetId, exerciseSlug: "softmax" })).rejects.toMatchObject(notFound);
    await expect(getSetExerciseContext({ actor: ada, courseId: course.id, problemSetId, exerciseSlug: "dot" })).rejects.toMatchObject(notFound);
    await expect(getSetExerciseContext({ actor: ada, courseId: other.id, problemSetId, exerciseSlug: "softmax" })).rejects.toMatchObject(notFound);
    await changeProblemSetStatus({ actor: instructor, problemSetId, status: "draft" });
    await expect(getSetExerciseContext({ actor: ada, courseId: course.id, problemSetId, exerciseSlug: "softmax" })).rejects.toMatchObject(notFound);
  });
});

describe("previewing a due-date change", () => {
  it("counts accepted items that would turn late (and back), per learner, as the gradebook computes them", async () => {
    const instructor = await createUser("instructor");
    const ada = await createUser();
    const bob = await createUser();
    const course = await courseWith(instructor, [ada, bob]);
    const problemSetId = await publishedSet(instructor, course.id, {
      title: "Week 1",
      exerciseSlugs: ["softmax", "sigmoid"],
      dueAt: minutesFromNow(60).toISOString(),
    });
    await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(30) });
    await addSubmission({ learnerId: ada.learnerId, slug: "sigmoid", at: minutesAgo(10) });
    await addSubmission({ learnerId: bob.learnerId, slug: "softmax", at: minutesAgo(10), failed: ["hidden 1"] });
    await addSubmission({ learnerId: bob.learnerId, slug: "sigmoid", at: minutesAgo(40) });

    // A due date 20 minutes ago: Ada's sigmoid (10 min ago) turns late; Ada's softmax and Bob's sigmoid stay on time; Bob's failed softmax is not accepted.
    expect(await countRelabelledLate({ actor: instructor, problemSetId, dueAt: minutesAgo(20) })).toEqual({ becomeLate: 1, becomeOnTime: 0, learners: 1 });
    expect(await countRelabelledLate({ actor: instructor, problemSetId, dueAt: minutesAgo(60) })).toEqual({ becomeLate: 3, becomeOnTime: 0, learners: 2 });
    expect(await countRelabelledLate({ actor: instructor, problemSetId, dueAt: null })).toEqual({ becomeLate: 0, becomeOnTime: 0, learners: 0 });
  });

  it("is the course owner's (or an admin's) only", async () => {
    const owner = await createUser("instructor");
    const other = await createUser("instructor");
    const ada = await createUser();
    const course = await courseWith(owner, [ada]);
    const problemSetId = await publishedSet(owner, course.id, { title: "Week 1", exerciseSlugs: ["softmax"] });
    await expect(countRelabelledLate({ actor: other, problemSetId, dueAt: null })).rejects.toMatchObject({ code: "not_found" });
    await expect(countRelabelledLate({ actor: ada, problemSetId, dueAt: null })).rejects.toMatchObject({ code: "forbidden" });
  });
});
