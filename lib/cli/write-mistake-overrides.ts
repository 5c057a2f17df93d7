/**
 * npm run -s mistakes:override [-- <exercise-id> ...]
 * Rewrites each known mistake (exercises/<track>/<id>/mistakes/*.ts) as an override of its
 * reference: only the top-level declarations that differ from reference.ts (or that it adds).
 * The loader puts them back into the reference (assembleMistake), so a mistake written as a
 * complete file while authoring can be shrunk with this afterwards. The reference's declarations
 * a mistake does not have (a helper it inlines) come along unused. A mistake whose declarations
 * would not all come back as they are is reported and left alone: shrink it by hand. Then run
 * `npm run check:exercises -- <id>`, which grades every assembled mistake.
 */
import fs from "node:fs";
import path from "node:path";
import { assembleMistake } from "../exercises/assemble-mistake";
import { loadExerciseCatalog } from "../exercises/load-catalog";
import { EXERCISES_DIR } from "../exercises/paths";
import { splitTopLevelDeclarations } from "../exercises/split-declarations";

const normalize = (text: string) => text.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim();

/** The override of `mistake`: its header when it differs, and each declaration that differs from the reference's. */
export function overrideOf(referenceSource: string, mistakeSource: string): string {
  const reference = new Map(splitTopLevelDeclarations(referenceSource).map((chunk) => [chunk.name, normalize(chunk.text)]));
  const pieces = splitTopLevelDeclarations(mistakeSource)
    .filter((chunk) => {
      const same = reference.get(chunk.name);
      if (chunk.name === null) return normalize(chunk.text) !== "" && normalize(chunk.text) !== same;
      return same !== normalize(chunk.text);
    })
    .map((chunk) => normalize(chunk.text));
  return `${pieces.join("\n\n")}\n`;
}

function main(): number {
  const only = process.argv.slice(2);
  const catalog = loadExerciseCatalog(EXERCISES_DIR);
  let before = 0;
  let after = 0;
  let leftAlone = 0;
  for (const exercise of catalog.exercises) {
    if (only.length > 0 && !only.includes(exercise.meta.id)) continue;
    const dir = path.join(EXERCISES_DIR, exercise.folder);
    const referenceSource = fs.readFileSync(path.join(dir, "reference.ts"), "utf8");
    for (const mistake of exercise.meta.mistakes) {
      const file = path.join(dir, "mistakes", `${mistake.id}.ts`);
      const source = fs.readFileSync(file, "utf8");
      const override = overrideOf(referenceSource, source);
      const lines = (text: string) => text.split("\n").length - 1;
      before += lines(source);
      // Every declaration of the mistake comes back as it is (order aside: declarations hoist);
      // the reference's declarations it does not have come along unused.
      const assembled = new Map<string | null, string>();
      for (const chunk of splitTopLevelDeclarations(assembleMistake(referenceSource, override))) assembled.set(chunk.name, normalize(chunk.text));
      const lost = splitTopLevelDeclarations(source).filter((chunk) => chunk.name !== null && assembled.get(chunk.name) !== normalize(chunk.text));
      if (lost.length > 0) {
        leftAlone++;
        after += lines(source);
        console.log(`! ${exercise.folder}/mistakes/${mistake.id}.ts: ${lost.map((chunk) => chunk.name).join(", ")} would not come back; left as it is`);
        continue;
      }
      after += lines(override);
      if (override !== source) fs.writeFileSync(file, override);
    }
  }
  console.log(`mistake lines: ${before} -> ${after}${leftAlone > 0 ? ` (${leftAlone} left as they are)` : ""}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exit(main());
