import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/prisma/apply-migrations";
import { closeDb, getDb } from "@/lib/db/client";
import type { ExerciseCatalog, ExerciseContent } from "@/lib/exercises/load-catalog";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import type { GradeResult, TestOutcome } from "@/lib/grading/types";
import { parseStoredTests } from "@/lib/submissions/stored-tests";

export interface TestDatabase {
  dir: string;
  file: string;
  url: string;
  /** Closes the client and deletes the database folder. */
  cleanup(): Promise<void>;
}

/**
 * A migrated throwaway SQLite file in a temp folder, made the database getDb() uses
 * (through DATABASE_URL, read when the client is created). One per test file.
 */
export async function useTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-db-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  await applyMigrations(url);
  await closeDb();
  process.env.DATABASE_URL = url;
  return {
    dir,
    file,
    url,
    cleanup: async () => {
      await closeDb();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Catalog content for a fake exercise: only what the data layer reads. */
export function fakeExercise(options: { uuid: string; id: string; title?: string; statement?: string }): ExerciseContent {
  return {
    meta: {
      uuid: options.uuid,
      id: options.id,
      title: options.title ?? `Exercise ${options.id}`,
      track: "ml-math",
      difficulty: "easy",
      tags: [],
      function: { name: "solve", signature: "function solve(x: number): number" },
      comparison: { rtol: 1e-6, atol: 1e-9 },
      mistakes: [],
    },
    folder: `ml-math/${options.id}`,
    statement: options.statement ?? `Implement ${options.id}.`,
    starter: "export function solve(x: number): number {\n  return 0;\n}\n",
    examples: [{ name: "one", args: [1], expected: 1 }],
    given: [],
  };
}

export function catalogOf(...exercises: ExerciseContent[]): ExerciseCatalog {
  return { exercises, problems: [] };
}

/** Indexes exercises with these slugs (uuid derived from the slug) and returns their uuids. */
export async function seedExercises(...slugs: string[]): Promise<string[]> {
  const exercises = slugs.map((slug) => fakeExercise({ uuid: uuidFor(slug), id: slug }));
  await syncExerciseIndex(catalogOf(...exercises));
  return exercises.map((exercise) => exercise.meta.uuid);
}

export function uuidFor(slug: string): string {
  const hex = createHash("sha256").update(slug).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A "submit" grade result with `passed` of `total` tests passing (the rest failed, hidden). */
export function gradeResult(options: { passed: number; total: number; overrides?: Partial<GradeResult> }): GradeResult {
  const tests: TestOutcome[] = Array.from({ length: options.total }, (_, index) => ({
    name: `test ${index + 1}`,
    kind: index === 0 ? "example" : "random",
    tier: "required",
    hidden: index > 0,
    status: index < options.passed ? "passed" : "failed",
    message: index < options.passed ? null : `wrong at ${index}`,
  }));
  return {
    exerciseId: "softmax",
    mode: "submit",
    verdict: options.passed === options.total ? "accepted" : "wrong_answer",
    passed: options.passed,
    total: options.total,
    notRun: 0,
    durationMs: 12,
    message: null,
    tests,
    ...options.overrides,
  };
}

export async function countRows(): Promise<Record<string, number>> {
  const db = getDb();
  return {
    submissions: await db.submission.count(),
    testResults: await countStoredTests(),
    progress: await db.progress.count(),
    drafts: await db.draft.count(),
  };
}

/** Per-test results stored across submissions (Submission.tests, one JSON array each). */
export async function countStoredTests(where: { learnerId?: string } = {}): Promise<number> {
  const rows = await getDb().submission.findMany({ where, select: { tests: true } });
  return rows.reduce((sum, row) => sum + parseStoredTests(row.tests).length, 0);
}
