import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveDraft } from "@/lib/drafts/save-draft";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { findOrCreateAnonymousLearner } from "@/lib/learners/find-or-create-anonymous-learner";
import { listProgress } from "@/lib/progress/list-progress";
import { getSubmission } from "@/lib/submissions/get-submission";
import { recordSubmission } from "@/lib/submissions/record-submission";
import { catalogOf, fakeExercise, gradeResult, useTestDatabase, uuidFor, type TestDatabase } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(() => database.cleanup());

const exercise = (slug: string, extra: { uuid?: string; statement?: string } = {}) =>
  fakeExercise({ uuid: extra.uuid ?? uuidFor(slug), id: slug, statement: extra.statement });
const rows = () => getDb().exercise.findMany({ orderBy: { id: "asc" } });
const row = (uuid: string) => getDb().exercise.findUniqueOrThrow({ where: { id: uuid } });

describe("syncExerciseIndex", () => {
  it("indexes every exercise by uuid, in catalog order, with a content hash", async () => {
    expect(await syncExerciseIndex(catalogOf(exercise("a"), exercise("b")))).toEqual({ created: 2, updated: 0, markedUnavailable: 0 });
    const a = await row(uuidFor("a"));
    expect(a).toMatchObject({ slug: "a", title: "Exercise a", track: "ml-math", difficulty: "easy", functionName: "solve", position: 0, isAvailable: true });
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await row(uuidFor("b"))).position).toBe(1);
  });

  it("writes nothing when nothing changed, and rehashes changed content", async () => {
    const before = await rows();
    expect(await syncExerciseIndex(catalogOf(exercise("a"), exercise("b")))).toEqual({ created: 0, updated: 0, markedUnavailable: 0 });
    expect(await rows()).toEqual(before);
    const oldHash = (await row(uuidFor("a"))).contentHash;
    expect(await syncExerciseIndex(catalogOf(exercise("a", { statement: "Now with more detail." }), exercise("b")))).toMatchObject({ updated: 1 });
    expect((await row(uuidFor("a"))).contentHash).not.toBe(oldHash);
  });

  it("marks exercises missing from the catalog unavailable, keeping them and their submissions", async () => {
    const learnerId = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
    const { id } = await recordSubmission({ learnerId, exerciseSlug: "b", code: "kept", result: gradeResult({ passed: 1, total: 1 }) });
    expect(await syncExerciseIndex(catalogOf(exercise("a")))).toMatchObject({ markedUnavailable: 1 });
    expect(await row(uuidFor("b"))).toMatchObject({ slug: "b", isAvailable: false });
    expect((await getSubmission({ learnerId, submissionId: id })).code).toBe("kept");
    expect(await listProgress({ learnerId })).toMatchObject([{ exerciseSlug: "b", status: "solved" }]);
    await expect(saveDraft({ learnerId, exerciseSlug: "b", code: "x" })).rejects.toMatchObject({ code: "not_found" });

    expect(await syncExerciseIndex(catalogOf(exercise("a"), exercise("b")))).toMatchObject({ updated: 1 });
    expect((await row(uuidFor("b"))).isAvailable).toBe(true);
  });

  it("follows a renamed folder by uuid, keeping learners' progress", async () => {
    const learnerId = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
    await recordSubmission({ learnerId, exerciseSlug: "a", code: "x", result: gradeResult({ passed: 1, total: 1 }) });
    await syncExerciseIndex(catalogOf(exercise("a-renamed", { uuid: uuidFor("a") }), exercise("b")));
    expect(await row(uuidFor("a"))).toMatchObject({ slug: "a-renamed", isAvailable: true });
    expect(await listProgress({ learnerId })).toMatchObject([{ exerciseSlug: "a-renamed", status: "solved" }]);
  });

  it("handles slugs that swap between exercises or pass to a new exercise", async () => {
    await syncExerciseIndex(catalogOf(exercise("b", { uuid: uuidFor("a") }), exercise("a-renamed", { uuid: uuidFor("b") })));
    expect((await row(uuidFor("a"))).slug).toBe("b");
    expect((await row(uuidFor("b"))).slug).toBe("a-renamed");

    const newcomer = "00000000-0000-4000-8000-000000000001";
    await syncExerciseIndex(catalogOf(exercise("b", { uuid: newcomer })));
    expect(await row(newcomer)).toMatchObject({ slug: "b", isAvailable: true });
    expect(await row(uuidFor("a"))).toMatchObject({ slug: `removed:${uuidFor("a")}`, isAvailable: false });
    expect((await row(uuidFor("b"))).isAvailable).toBe(false);
  });
});
