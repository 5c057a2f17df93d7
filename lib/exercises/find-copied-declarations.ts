import fs from "node:fs";
import path from "node:path";
import { SHARED_FILES } from "./read-shared-imports";
import { splitTopLevelDeclarations } from "./split-declarations";

/** A declaration's code without its leading comments, `export` or spacing: what makes two copies the same. */
const codeOf = (text: string) =>
  text
    .replace(/^(?:\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*))*\s*/, "")
    .replace(/^export\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** A function, or data long enough to be worth a name (`const n = 1000;` may stand in two files). */
const isHelper = (code: string) =>
  /^(?:async\s+)?function\b/.test(code) || /^const\s+\w+\s*(?::[^=]+)?=\s*(?:\([^)]*\)|\w+)\s*(?::[^=]+)?=>/.test(code) || code.length >= 40;

function listExerciseFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "mistakes" ? [] : listExerciseFiles(full);
    return entry.name.endsWith(".ts") && entry.name !== "given.ts" ? [full] : [];
  });
}

/**
 * Helpers are written once: no function (and no sizeable constant) has the same code in two files
 * under exercises/, so a fix is one edit and no copy drifts. Shared code lives in a track's
 * reference-steps.ts (references) or test-data.ts (tests), givens in given.ts (checkGivens).
 * Left out: known mistakes (overrides, which restate a declaration on purpose) and an exercise's
 * starter beside its own reference (the learner's file declares the types the reference declares).
 */
export function findCopiedDeclarations(exercisesDir: string): string[] {
  const seen = new Map<string, { file: string; name: string }>();
  const errors: string[] = [];
  for (const file of listExerciseFiles(exercisesDir)) {
    const relative = path.relative(exercisesDir, file);
    for (const chunk of splitTopLevelDeclarations(fs.readFileSync(file, "utf8"))) {
      if (chunk.name === null) continue;
      const code = codeOf(chunk.text);
      if (!isHelper(code)) continue;
      const first = seen.get(code);
      if (!first) {
        seen.set(code, { file: relative, name: chunk.name });
        continue;
      }
      const sameExercise = path.dirname(first.file) === path.dirname(relative);
      const starterAndReference = new Set([path.basename(first.file), path.basename(relative)]);
      if (sameExercise && starterAndReference.has("starter.ts") && starterAndReference.has("reference.ts")) continue;
      const home = path.basename(relative) === "tests.ts" ? SHARED_FILES.tests : SHARED_FILES.reference;
      errors.push(`${relative}: ${chunk.name} is a copy of ${first.name} in ${first.file}: keep one in the track's ${home} and import it`);
    }
  }
  return errors;
}
