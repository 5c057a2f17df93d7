import fs from "node:fs";
import path from "node:path";
import type { ExerciseContent } from "./load-catalog";
import { readGivens } from "./read-givens";
import { splitTopLevelDeclarations } from "./split-declarations";

/** A declaration's code without its leading comments or spacing: what makes two copies the same. */
const codeOf = (text: string) =>
  text
    .replace(/^(?:\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*))*\s*/, "")
    .replace(/\s+/g, " ")
    .trim();

function listTsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTsFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/**
 * Givens are written once: no name is given by two files, every given file is used, no file of
 * an exercise that is given a helper declares one of that name (it would shadow the given and
 * drift from it), and no file under exercises/ holds a copy of a given function.
 */
export function checkGivens(exercisesDir: string, exercises: ExerciseContent[]): string[] {
  const errors: string[] = [];
  const files = listTsFiles(exercisesDir);
  const givenFiles = files.filter((file) => path.basename(file) === "given.ts").map((file) => path.relative(exercisesDir, file));
  const { givens, errors: readErrors } = readGivens(exercisesDir, givenFiles);
  errors.push(...readErrors);
  const used = new Set(exercises.flatMap((exercise) => exercise.meta.given ?? []));
  for (const file of givenFiles) if (!used.has(file)) errors.push(`${file} is given to no exercise (list it under "given" in an exercise.json, or delete it)`);

  const copies = new Map<string, string>();
  for (const given of givens) {
    for (const chunk of splitTopLevelDeclarations(given.source)) if (chunk.name !== null) copies.set(codeOf(chunk.text), `${chunk.name} of ${given.file}`);
  }
  const givenNamesOf = new Map(exercises.map((exercise) => [exercise.folder, new Set(exercise.given.flatMap((given) => given.names))]));
  for (const file of files) {
    const relative = path.relative(exercisesDir, file);
    if (givenFiles.includes(relative)) continue;
    const folder = relative.split(path.sep).slice(0, 2).join("/");
    const names = givenNamesOf.get(folder) ?? new Set<string>();
    for (const chunk of splitTopLevelDeclarations(fs.readFileSync(file, "utf8"))) {
      if (chunk.name === null) continue;
      if (names.has(chunk.name)) errors.push(`${relative}: declares ${chunk.name}, which the exercise is given: use the given one`);
      else if (copies.has(codeOf(chunk.text)))
        errors.push(`${relative}: ${chunk.name} is a copy of ${copies.get(codeOf(chunk.text))}: list that file under "given" instead`);
    }
  }
  return errors;
}
