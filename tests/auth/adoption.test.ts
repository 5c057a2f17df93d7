import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/users/sign-up";
import { getDb } from "@/lib/db/client";
import { saveDraft } from "@/lib/drafts/save-draft";
import { isAppError } from "@/lib/errors";
import { mergeProgress } from "@/lib/learners/adopt-merged-progress";
import { findAnonymousLearner } from "@/lib/learners/find-anonymous-learner";
import { findOrCreateAnonymousLearner } from "@/lib/learners/find-or-create-anonymous-learner";
import { recordSubmission } from "@/lib/submissions/record-submission";
import { countStoredTests, gradeResult, seedExercises, useTestDatabase, type TestDatabase } from "../db/helpers";
import { PASSWORD, freshAddress, resetAccounts, signUpUser } from "./helpers";

let database: TestDatabase;
let exerciseIds: Record<string, string>;
beforeAll(async () => {
  database = await useTestDatabase();
  const slugs = ["softmax", "sigmoid", "relu", "dot"];
  const ids = await seedExercises(...slugs);
  exerciseIds = Object.fromEntries(slugs.map((slug, index) => [slug, ids[index]]));
});
afterAll(() => database.cleanup());
beforeEach(async () => {
  await resetAccounts();
  await signUpUser("admin@example.com"); // so the accounts below are ordinary learners
});

/** A browser that worked anonymously: its cookie token and learner. */
async function anonymousBrowser(): Promise<{ token: string; learnerId: string }> {
  const { learner, newToken } = await findOrCreateAnonymousLearner({ token: null });
  return { token: newToken as string, learnerId: learner.id };
}

async function submitAt(learnerId: string, slug: string, passed: number, total: number, at: Date): Promise<string> {
  const { id } = await recordSubmission({
    learnerId,
    exerciseSlug: slug,
    code: `// ${slug} ${passed}/${total} at ${at.toISOString()}`,
    result: gradeResult({ passed, total }),
  });
  await getDb().submission.update({ where: { id }, data: { createdAt: at } });
  return id;
}

/** Sets a learner's progress row as if its submissions had happened at these times. */
async function setProgress(learnerId: string, slug: string, values: { firstSolvedAt: Date | null; lastSubmittedAt: Date }) {
  await getDb().progress.update({ where: { learnerId_exerciseId: { learnerId, exerciseId: exerciseIds[slug] } }, data: values });
}

async function setDraft(learnerId: string, slug: string, code: string, updatedAt: Date) {
  await saveDraft({ learnerId, exerciseSlug: slug, code });
  await getDb().draft.update({ where: { learnerId_exerciseId: { learnerId, exerciseId: exerciseIds[slug] } }, data: { updatedAt } });
}

const t = (minute: number) => new Date(Date.UTC(2030, 0, 1, 12, minute));

describe("sign-up adopts the browser's anonymous learner", () => {
  it("keeps the same learner with all its work, and retires the anonymous token", async () => {
    const browser = await anonymousBrowser();
    const submissionId = await submitAt(browser.learnerId, "softmax", 3, 3, t(1));
    await setDraft(browser.learnerId, "sigmoid", "draft code", t(2));

    const { user } = await signUp({ email: "new@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: browser.token });
    expect(user.learnerId).toBe(browser.learnerId);
    const learner = await getDb().learner.findUniqueOrThrow({ where: { id: browser.learnerId } });
    expect(learner.userId).toBe(user.id);
    expect(learner.anonymousTokenHash).toBeNull();
    expect(await getDb().submission.findUniqueOrThrow({ where: { id: submissionId }, select: { learnerId: true } })).toEqual({ learnerId: browser.learnerId });
    expect(await getDb().progress.findFirstOrThrow({ where: { learnerId: browser.learnerId } })).toMatchObject({ status: "solved" });
    // After signing out, this browser's old cookie no longer shows the account's work.
    expect(await findAnonymousLearner({ token: browser.token })).toBeNull();
  });

  it("gives an account without an anonymous learner a new, empty one", async () => {
    const { user } = await signUp({ email: "fresh@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: null });
    expect(await getDb().learner.findUniqueOrThrow({ where: { id: user.learnerId }, select: { userId: true } })).toEqual({ userId: user.id });
  });

  it("does not adopt a learner through a token that an account already adopted", async () => {
    const browser = await anonymousBrowser();
    await signUp({ email: "one@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: browser.token });
    const { user } = await signUp({ email: "two@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: browser.token });
    expect(user.learnerId).not.toBe(browser.learnerId);
  });
});

describe("sign-in merges the browser's anonymous learner into the account's", () => {
  it("moves submissions with their test results, merges progress and drafts, deletes the anonymous learner", async () => {
    const { user } = await signUpUser("ada@example.com");
    const own = user.learnerId;
    // The account, earlier on another computer.
    await submitAt(own, "softmax", 1, 4, t(10));
    await submitAt(own, "sigmoid", 5, 5, t(20));
    await setProgress(own, "sigmoid", { firstSolvedAt: t(20), lastSubmittedAt: t(20) });
    await setDraft(own, "softmax", "account's newer softmax", t(30));
    await setDraft(own, "relu", "account's older relu", t(5));

    // This browser, anonymously.
    const browser = await anonymousBrowser();
    await submitAt(browser.learnerId, "softmax", 4, 4, t(15));
    await submitAt(browser.learnerId, "softmax", 2, 4, t(16));
    await setProgress(browser.learnerId, "softmax", { firstSolvedAt: t(15), lastSubmittedAt: t(16) });
    await submitAt(browser.learnerId, "sigmoid", 2, 5, t(25));
    await setProgress(browser.learnerId, "sigmoid", { firstSolvedAt: null, lastSubmittedAt: t(25) });
    await submitAt(browser.learnerId, "dot", 0, 2, t(26));
    await setProgress(browser.learnerId, "dot", { firstSolvedAt: null, lastSubmittedAt: t(26) });
    await setDraft(browser.learnerId, "softmax", "browser's older softmax", t(17));
    await setDraft(browser.learnerId, "relu", "browser's newer relu", t(27));
    await getDb().draft.deleteMany({ where: { learnerId: browser.learnerId, exerciseId: { in: [exerciseIds.sigmoid, exerciseIds.dot] } } });

    const db = getDb();
    const before = { submissions: await db.submission.count(), testResults: await countStoredTests() };
    const result = await signIn({ email: "ada@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: browser.token });
    expect(result.user.learnerId).toBe(own);

    expect(await db.learner.findUnique({ where: { id: browser.learnerId } })).toBeNull();
    expect({ submissions: await db.submission.count(), testResults: await countStoredTests() }).toEqual(before);
    expect(await db.submission.count({ where: { learnerId: own } })).toBe(6);
    expect(await countStoredTests({ learnerId: own })).toBe(before.testResults);

    const progress = Object.fromEntries(
      (await db.progress.findMany({ where: { learnerId: own }, include: { exercise: { select: { slug: true } } } })).map(({ exercise, ...row }) => [
        exercise.slug,
        row,
      ]),
    );
    expect(progress.softmax).toMatchObject({ status: "solved", attempts: 3, bestPassed: 4, firstSolvedAt: t(15), lastSubmittedAt: t(16) });
    expect(progress.sigmoid).toMatchObject({ status: "solved", attempts: 2, bestPassed: 5, firstSolvedAt: t(20), lastSubmittedAt: t(25) });
    expect(progress.dot).toMatchObject({ status: "attempted", attempts: 1, bestPassed: 0, firstSolvedAt: null, lastSubmittedAt: t(26) });
    expect(progress.relu).toBeUndefined();

    const drafts = Object.fromEntries(
      (await db.draft.findMany({ where: { learnerId: own }, include: { exercise: { select: { slug: true } } } })).map(({ exercise, ...row }) => [
        exercise.slug,
        row,
      ]),
    );
    expect(drafts.softmax).toMatchObject({ code: "account's newer softmax", updatedAt: t(30) });
    expect(drafts.relu).toMatchObject({ code: "browser's newer relu", updatedAt: t(27) });
    expect(Object.keys(drafts).sort()).toEqual(["relu", "sigmoid", "softmax"]); // sigmoid: from the account's submission
  });

  it("merges nothing when the password is wrong", async () => {
    await signUpUser("ada@example.com");
    const browser = await anonymousBrowser();
    await submitAt(browser.learnerId, "softmax", 4, 4, t(1));
    const failed = await signIn({ email: "ada@example.com", password: "not the password", address: freshAddress(), anonymousToken: browser.token }).catch(
      (error: unknown) => error,
    );
    expect(isAppError(failed, "unauthenticated")).toBe(true);
    expect(await findAnonymousLearner({ token: browser.token })).toEqual({ id: browser.learnerId });
    expect(await getDb().submission.count({ where: { learnerId: browser.learnerId } })).toBe(1);
  });

  it("signing in again from the same browser finds nothing left to merge", async () => {
    const { user } = await signUpUser("ada@example.com");
    const browser = await anonymousBrowser();
    await submitAt(browser.learnerId, "softmax", 4, 4, t(1));
    await signIn({ email: "ada@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: browser.token });
    await signIn({ email: "ada@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: browser.token });
    expect(await getDb().submission.count({ where: { learnerId: user.learnerId } })).toBe(1);
    expect(await getDb().progress.findFirstOrThrow({ where: { learnerId: user.learnerId } })).toMatchObject({ attempts: 1 });
  });
});

describe("mergeProgress", () => {
  it("adds attempts, keeps solved, robust, the earliest solve, the best score and the latest submission", () => {
    const a = { status: "solved" as const, attempts: 2, firstSolvedAt: t(5), lastSubmittedAt: t(6), bestPassed: 9, isRobust: false };
    const b = { status: "attempted" as const, attempts: 3, firstSolvedAt: null, lastSubmittedAt: t(7), bestPassed: 4, isRobust: true };
    const expected = { status: "solved", attempts: 5, firstSolvedAt: t(5), lastSubmittedAt: t(7), bestPassed: 9, isRobust: true };
    expect(mergeProgress(a, b)).toEqual(expected);
    expect(mergeProgress(b, a)).toEqual(expected);
    expect(mergeProgress({ ...a, firstSolvedAt: t(8) }, { ...b, status: "solved", firstSolvedAt: t(3) }).firstSolvedAt).toEqual(t(3));
  });
});
