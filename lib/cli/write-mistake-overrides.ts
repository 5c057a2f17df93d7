/**
 * npm run -s mistakes:override [-- [--minimize] <exercise-id> ...]
 * Rewrites each known mistake (exercises/<track>/<id>/mistakes/*.ts) as an override of its
 * reference: only the top-level declarations that differ from reference.ts (or that it adds).
 * The loader puts them back into the reference (assembleMistake), so a mistake written as a
 * complete file while authoring can be shrunk with this afterwards. The reference's declarations
 * a mistake does not have (a helper it inlines) come along unused. A mistake whose declarations
 * would not all come back as they are is reported and left alone: shrink it by hand. Then run
 * `npm run check:exercises -- <id>`, which grades every assembled mistake.
 * --minimize also drops each declaration whose reference version behaves the same on every
 * case of the exercise (on the host, both tiers): diagnosis sees only that behaviour.
 */
import fs from "node:fs";
import path from "node:path";
import { prepareExercise, runHostFunction } from "../../grader/cases";
import { assembleReference } from "../exercises/assemble-reference";
import { assembleMistake } from "../exercises/assemble-mistake";
import { compileGivens } from "../exercises/compile-givens";
import { loadExerciseCatalog, type ExerciseContent } from "../exercises/load-catalog";
import { evaluateModule, loadExerciseRuntime } from "../exercises/load-runtime";
import { EXERCISES_DIR } from "../exercises/paths";
import { splitTopLevelDeclarations } from "../exercises/split-declarations";
import { encodeValue } from "../exercises/values";

const normalize = (text: string) =>
  text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

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

/**
 * What a complete wrong solution does on every case of the exercise (both tiers): a value or a
 * throw per case. Diagnosis only ever sees this, so two sources with the same behaviour are the
 * same known mistake.
 */
function behaviourOf(exercise: ExerciseContent): (source: string) => string {
  const prepared = prepareExercise(loadExerciseRuntime(EXERCISES_DIR, exercise));
  const cases = [...prepared.examples, ...prepared.hidden];
  const givens = compileGivens(exercise.given).host;
  return (source) => {
    let loaded: Record<string, unknown>;
    try {
      loaded = evaluateModule(source, "mistake.ts", {}, givens);
    } catch (error) {
      return `does not load: ${String(error)}`;
    }
    return JSON.stringify(
      cases.map((item) => {
        const run = loaded[item.functionName];
        if (typeof run !== "function") return "missing";
        const outcome = runHostFunction(run as (...args: unknown[]) => unknown, item.argsJson);
        return outcome.threw ? { threw: true } : { value: encodeValue(outcome.value) };
      }),
    );
  };
}

/**
 * Drops each declaration of an override that the reference also has when putting the reference's
 * back changes nothing on any case (a validation helper written another way): what is left is
 * what the mistake gets wrong.
 */
function minimizeOverride(referenceSource: string, override: string, behaviour: (source: string) => string): string {
  const target = behaviour(assembleMistake(referenceSource, override));
  // The declaration's first code line (its parameters): a reference version called differently would not type-check.
  const headerOf = (text: string) => normalize(text.replace(/^(?:\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*))*\s*/, "").split("\n")[0]);
  const referenceHeaders = new Map(splitTopLevelDeclarations(referenceSource).map((chunk) => [chunk.name, headerOf(chunk.text)]));
  let chunks = splitTopLevelDeclarations(override);
  for (const chunk of [...chunks]) {
    if (chunk.name === null || referenceHeaders.get(chunk.name) !== headerOf(chunk.text)) continue;
    const without = chunks.filter((other) => other !== chunk);
    const candidate = without.map((other) => other.text).join("");
    if (without.some((other) => other.name !== null) && behaviour(assembleMistake(referenceSource, candidate)) === target) chunks = without;
  }
  return chunks.map((chunk) => chunk.text).join("");
}

function main(): number {
  const minimize = process.argv.includes("--minimize");
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const catalog = loadExerciseCatalog(EXERCISES_DIR);
  let before = 0;
  let after = 0;
  let leftAlone = 0;
  for (const exercise of catalog.exercises) {
    if (only.length > 0 && !only.includes(exercise.meta.id)) continue;
    const dir = path.join(EXERCISES_DIR, exercise.folder);
    const referenceSource = assembleReference(EXERCISES_DIR, path.join(dir, "reference.ts"));
    const behaviour = minimize ? behaviourOf(exercise) : null;
    for (const mistake of exercise.meta.mistakes) {
      const file = path.join(dir, "mistakes", `${mistake.id}.ts`);
      const source = fs.readFileSync(file, "utf8");
      const textual = overrideOf(referenceSource, source);
      const override = behaviour ? minimizeOverride(referenceSource, textual, behaviour) : textual;
      const lines = (text: string) => text.split("\n").length - 1;
      before += lines(source);
      // Every declaration of the mistake comes back as it is (order aside: declarations hoist);
      // the reference's declarations it does not have come along unused.
      const assembled = new Map<string | null, string>();
      for (const chunk of splitTopLevelDeclarations(assembleMistake(referenceSource, override))) assembled.set(chunk.name, normalize(chunk.text));
      const dropped = new Set(splitTopLevelDeclarations(textual).map((chunk) => chunk.name));
      for (const chunk of splitTopLevelDeclarations(override)) dropped.delete(chunk.name);
      const lost = splitTopLevelDeclarations(source).filter(
        (chunk) => chunk.name !== null && !dropped.has(chunk.name) && assembled.get(chunk.name) !== normalize(chunk.text),
      );
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
