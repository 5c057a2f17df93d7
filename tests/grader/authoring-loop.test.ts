import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../db/helpers";

/**
 * The authoring loop of `npm run dev`: an edited exercise is graded with its new tests, shown
 * with its new statement, and a new exercise folder can be submitted to, all without restarting
 * anything. Real grading processes (the web server's pool), a real throwaway database, and a
 * temporary exercises folder (GD_EXERCISES_DIR) edited on disk as an author would.
 */
const exercisesDir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-authoring-loop-"));
const softmaxDir = path.join(exercisesDir, "ml-math", "softmax");
fs.cpSync(path.resolve("exercises/ml-math/softmax"), softmaxDir, { recursive: true });
// Read when the modules below load (hence dynamic imports): they must see development and the
// temporary folder.
const saved = { exercises: process.env.GD_EXERCISES_DIR, nodeEnv: process.env.NODE_ENV };
process.env.GD_EXERCISES_DIR = exercisesDir;
(process.env as Record<string, string>).NODE_ENV = "development";

const { useTestDatabase } = await import("../db/helpers");
const { EXERCISES_RECHECK_MS } = await import("@/lib/exercises/exercises-version");
const { findExercise } = await import("@/lib/exercises/catalog");
const { getGraderPool } = await import("@/lib/grader-pool/get-grader-pool");
const { findOrCreateAnonymousLearner } = await import("@/lib/learners/find-or-create-anonymous-learner");
const { listSubmissions } = await import("@/lib/submissions/list-submissions");
const { submitSolution } = await import("@/lib/submissions/submit-solution");

const reference = fs.readFileSync(path.join(softmaxDir, "reference.ts"), "utf8");
/** The reference, except for one input no test uses today: only a new test can catch it. */
const wrongOnlyAt4242 = reference.replace(
  "export function softmax(z: number[]): number[] {",
  "export function softmax(z: number[]): number[] {\n  if (z[0] === 4242) return z.map(() => 0);",
);

let database: TestDatabase;
let learnerId: string;

beforeAll(async () => {
  database = await useTestDatabase();
  learnerId = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
});

afterAll(async () => {
  await getGraderPool().close();
  (globalThis as { graderPool?: unknown }).graderPool = undefined;
  await database.cleanup();
  fs.rmSync(exercisesDir, { recursive: true, force: true });
  process.env.GD_EXERCISES_DIR = saved.exercises;
  (process.env as Record<string, string | undefined>).NODE_ENV = saved.nodeEnv;
});

/** An author saves a file; everything that loaded exercises looks again within EXERCISES_RECHECK_MS. */
async function save(file: string, change: (text: string) => string): Promise<void> {
  fs.writeFileSync(file, change(fs.readFileSync(file, "utf8")));
  await new Promise((resolve) => setTimeout(resolve, EXERCISES_RECHECK_MS + 50));
}

describe("the authoring loop in development", () => {
  it("grades with an edited tests.ts and shows an edited statement, in the same grading processes", async () => {
    const before = await submitSolution({ learnerId, exerciseSlug: "softmax", code: wrongOnlyAt4242 });
    expect(before.result.verdict).toBe("accepted");
    const pids = getGraderPool().pids;
    const described = await getGraderPool().describe("softmax");

    await save(path.join(softmaxDir, "tests.ts"), (text) =>
      text.replace("  fixed: [\n", `  fixed: [\n    { name: "an author's new case", args: [[4242, 0]] },\n`),
    );
    await save(path.join(softmaxDir, "statement.md"), (text) => `${text}\n\nA sentence the author just added.\n`);

    const after = await submitSolution({ learnerId, exerciseSlug: "softmax", code: wrongOnlyAt4242 });
    expect(after.result.verdict).toBe("wrong_answer");
    expect(after.result.tests.find((test) => test.status === "failed")?.name).toBe("an author's new case");
    expect(after.result.total).toBe(before.result.total + 1);
    expect(getGraderPool().pids).toEqual(pids);
    expect(findExercise("softmax")?.statement).toContain("A sentence the author just added.");
    expect((await getGraderPool().describe("softmax")).hidden).toBe(described.hidden + 1);
  });

  it("accepts a submission to a new exercise folder at once (no db:seed, no restart)", async () => {
    const newDir = path.join(exercisesDir, "ml-math", "softmax-copy");
    fs.cpSync(softmaxDir, newDir, { recursive: true });
    await save(path.join(newDir, "exercise.json"), (text) => {
      const meta = JSON.parse(text);
      return JSON.stringify({ ...meta, uuid: "0b7f3c52-5d7e-4a8e-9d0f-6a1f2b3c4d5e", id: "softmax-copy", title: "Softmax, again" });
    });

    const submitted = await submitSolution({ learnerId, exerciseSlug: "softmax-copy", code: reference });
    expect(submitted.result.verdict).toBe("accepted");
    const history = await listSubmissions({ learnerId, exerciseSlug: "softmax-copy" });
    expect(history.map((row) => row.id)).toEqual([submitted.submissionId]);
  });
});
