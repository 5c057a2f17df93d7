import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { MAX_CODE_BYTES } from "@/lib/drafts/code-size";
import { getDraft } from "@/lib/drafts/get-draft";
import { saveDraft } from "@/lib/drafts/save-draft";
import { AppError } from "@/lib/errors";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { findOrCreateAnonymousLearner } from "@/lib/learners/find-or-create-anonymous-learner";
import { catalogOf, fakeExercise, seedExercises, useTestDatabase, uuidFor, type TestDatabase } from "./helpers";

let database: TestDatabase;
let learnerId: string;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedExercises("softmax", "sigmoid");
  learnerId = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
});
afterAll(() => database.cleanup());

describe("saveDraft / getDraft", () => {
  it("returns null before anything is saved", async () => {
    expect(await getDraft({ learnerId, exerciseSlug: "softmax" })).toBeNull();
  });

  it("saves, then overwrites, one draft per learner and exercise", async () => {
    const first = await saveDraft({ learnerId, exerciseSlug: "softmax", code: "v1" });
    expect((await getDraft({ learnerId, exerciseSlug: "softmax" }))?.code).toBe("v1");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await saveDraft({ learnerId, exerciseSlug: "softmax", code: "v2" });
    const draft = await getDraft({ learnerId, exerciseSlug: "softmax" });
    expect(draft).toEqual({ code: "v2", updatedAt: second.updatedAt });
    expect(second.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
    expect(await getDb().draft.count({ where: { learnerId } })).toBe(1);
  });

  it("keeps drafts of different exercises and learners apart", async () => {
    const other = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
    await saveDraft({ learnerId, exerciseSlug: "sigmoid", code: "mine" });
    await saveDraft({ learnerId: other, exerciseSlug: "sigmoid", code: "theirs" });
    expect((await getDraft({ learnerId, exerciseSlug: "sigmoid" }))?.code).toBe("mine");
    expect((await getDraft({ learnerId: other, exerciseSlug: "sigmoid" }))?.code).toBe("theirs");
    expect(await getDraft({ learnerId: other, exerciseSlug: "softmax" })).toBeNull();
  });

  it("accepts exactly 100 KB and refuses one byte more (counted in UTF-8), keeping the old draft", async () => {
    await saveDraft({ learnerId, exerciseSlug: "softmax", code: "x".repeat(MAX_CODE_BYTES) });
    await expect(saveDraft({ learnerId, exerciseSlug: "softmax", code: "x".repeat(MAX_CODE_BYTES + 1) })).rejects.toMatchObject({
      code: "invalid_input",
    });
    // 34,134 three-byte characters: under the limit in characters, over it in bytes.
    const wide = "€".repeat(Math.floor(MAX_CODE_BYTES / 3) + 1);
    await expect(saveDraft({ learnerId, exerciseSlug: "softmax", code: wide })).rejects.toBeInstanceOf(AppError);
    expect((await getDraft({ learnerId, exerciseSlug: "softmax" }))?.code).toHaveLength(MAX_CODE_BYTES);
  });

  it("answers not_found for an unknown exercise", async () => {
    await expect(saveDraft({ learnerId, exerciseSlug: "nope", code: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getDraft({ learnerId, exerciseSlug: "nope" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers not_found for an exercise that left the catalog", async () => {
    await syncExerciseIndex(catalogOf(fakeExercise({ uuid: uuidFor("softmax"), id: "softmax" })));
    await expect(saveDraft({ learnerId, exerciseSlug: "sigmoid", code: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getDraft({ learnerId, exerciseSlug: "sigmoid" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("survives another request's transaction rolling back while it is saved", async () => {
    const db = getDb();
    const exerciseId = uuidFor("softmax");
    const failing = db
      .$transaction(async (tx) => {
        await tx.draft.update({ where: { learnerId_exerciseId: { learnerId, exerciseId } }, data: { code: "doomed" } });
        await new Promise((resolve) => setTimeout(resolve, 150));
        throw new Error("roll back");
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await saveDraft({ learnerId, exerciseSlug: "softmax", code: "saved meanwhile" });
    await failing;
    expect((await getDraft({ learnerId, exerciseSlug: "softmax" }))?.code).toBe("saved meanwhile");
  });
});
