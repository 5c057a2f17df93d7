import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** How often development code looks at the exercise files again (a full walk costs ~25-80 ms). */
export const EXERCISES_RECHECK_MS = 500;

/**
 * A fingerprint of every file under the exercises folder (relative path, size, modification
 * time): it changes when any file is added, removed, renamed or saved. Used in development
 * only, by every holder of loaded exercises (the web catalog, the grading processes, the
 * database index) so that one edit refreshes all three.
 */
export function readExercisesVersion(exercisesDir: string): string {
  const hash = createHash("sha1");
  const walk = (dir: string, relative: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${relative}${entry.name}/`);
      else {
        const stat = fs.statSync(full, { throwIfNoEntry: false });
        if (stat) hash.update(`${relative}${entry.name}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  try {
    walk(exercisesDir, "");
  } catch (error) {
    // A folder removed mid-walk: that is a change too; the next look sees the settled tree.
    hash.update(`unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  return hash.digest("hex");
}

/**
 * The exercises' version, read again at most every `recheckMs`: edits are seen within that
 * time, and a burst of calls (one request reads the catalog several times) walks the tree once.
 */
export function trackExercisesVersion(exercisesDir: string, recheckMs = EXERCISES_RECHECK_MS): () => string {
  let last: { version: string; at: number } | null = null;
  return () => {
    if (!last || Date.now() - last.at >= recheckMs) last = { version: readExercisesVersion(exercisesDir), at: Date.now() };
    return last.version;
  };
}
