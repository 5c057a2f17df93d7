import fs from "node:fs";
import path from "node:path";
import { splitTopLevelDeclarations } from "./split-declarations";

/** A file of helpers a learner is given: public (shown on the exercise page), never copied into exercise files. */
export interface GivenFile {
  /** Path under exercises/, e.g. "statistics/given.ts". */
  file: string;
  source: string;
  /** Its top-level functions: in scope for the learner's file, the reference and the mistakes. */
  names: string[];
}

/** Only `function` declarations: each becomes a global of the sandbox, like a function of a script. */
const FUNCTION_DECLARATION = /^(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*|\s)*function\s+[A-Za-z_$][\w$]*\s*\(/;

/**
 * Reads the given files an exercise lists (`"given"` in exercise.json). A given file is a script:
 * top-level function declarations only (no imports, exports or top-level state), so it can run
 * as it is in the sandbox before the learner's module, and tsc sees its functions as globals.
 */
export function readGivens(exercisesDir: string, files: string[] = []): { givens: GivenFile[]; errors: string[] } {
  const givens: GivenFile[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const full = path.join(exercisesDir, file);
    if (!fs.existsSync(full)) {
      errors.push(`exercise.json: given "${file}" does not exist under exercises/`);
      continue;
    }
    const source = fs.readFileSync(full, "utf8");
    const names: string[] = [];
    for (const chunk of splitTopLevelDeclarations(source)) {
      if (chunk.name === null) {
        if (!/^(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*|\s)*$/.test(chunk.text)) errors.push(`${file}: only comments may come before the first function`);
        continue;
      }
      if (!FUNCTION_DECLARATION.test(chunk.text))
        errors.push(`${file}: "${chunk.name}" must be a plain function declaration (a given file is a script of functions)`);
      const other = seen.get(chunk.name);
      if (other !== undefined) errors.push(`${file}: "${chunk.name}" is also given by ${other}`);
      seen.set(chunk.name, file);
      names.push(chunk.name);
    }
    givens.push({ file, source, names });
  }
  return { givens, errors };
}
