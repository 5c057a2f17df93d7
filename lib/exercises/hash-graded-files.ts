import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The files that decide a grade: what the grader reads besides the learner's code. */
const GRADED_FILES = ["exercise.json", "examples.json", "tests.ts", "reference.ts"];

/**
 * sha256 over an exercise's graded files (exercise.json, examples, tests, reference, every known
 * mistake and the track's shared givens): its graded version. Stored with each submission, it tells which submissions
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
  const hash = createHash("sha256");
  for (const name of [...GRADED_FILES, ...mistakes, ...trackFiles]) {
    const file = path.join(dir, name);
    hash.update(name, "utf8").update("\0");
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : "(absent)").update("\0");
  }
  return hash.digest("hex");
}
