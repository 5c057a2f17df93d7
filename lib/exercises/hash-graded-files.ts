import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readSharedImports } from "./read-shared-imports";

/** The files that decide a grade: what the grader reads besides the learner's code. */
const GRADED_FILES = ["exercise.json", "examples.json", "tests.ts", "reference.ts"];

/**
 * sha256 over an exercise's graded files (exercise.json, examples, tests, reference, every known
 * mistake, the track's shared givens, steps and test data, and shared files it imports from elsewhere): its graded version. Stored with each submission, it tells which submissions
 * were graded against an older version and need a regrade. A missing file hashes as absent
 * (never throws): the catalog loader reports broken folders, not this.
 */
export function hashGradedFiles(exercisesDir: string, folder: string): string {
  const dir = path.join(exercisesDir, folder);
  const mistakesDir = path.join(dir, "mistakes");
  const mistakes = fs.existsSync(mistakesDir)
    ? fs
        .readdirSync(mistakesDir)
        .filter((name) => name.endsWith(".ts"))
        .sort()
        .map((name) => `mistakes/${name}`)
    : [];
  // Track-level code the grader loads with the exercise (exercises/<track>/given.ts, the givens
  // shared by a track's exercises): a change there changes the grade too.
  const trackDir = path.dirname(dir);
  const trackFiles = fs.existsSync(trackDir)
    ? fs
        .readdirSync(trackDir)
        .filter((name) => name.endsWith(".ts"))
        .sort()
        .map((name) => `../${name}`)
    : [];
  // Shared steps and test data it imports, wherever they are (a project takes another track's steps).
  const shared = [...sharedImportsOf(exercisesDir, dir, "reference"), ...sharedImportsOf(exercisesDir, dir, "tests")].filter(
    (name) => !trackFiles.includes(name),
  );
  const hash = createHash("sha256");
  for (const name of [...GRADED_FILES, ...mistakes, ...trackFiles, ...new Set(shared)]) {
    const file = path.join(dir, name);
    hash.update(name, "utf8").update("\0");
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : "(absent)").update("\0");
  }
  return hash.digest("hex");
}

/** Paths (relative to the exercise folder) of the shared files its reference.ts or tests.ts imports; none when unreadable. */
function sharedImportsOf(exercisesDir: string, dir: string, kind: "reference" | "tests"): string[] {
  const file = path.join(dir, kind === "reference" ? "reference.ts" : "tests.ts");
  try {
    return readSharedImports(exercisesDir, file, fs.readFileSync(file, "utf8"), kind).map((shared) => path.relative(dir, shared.file));
  } catch {
    return []; // the loader reports the broken file; the hash only has to be stable
  }
}
