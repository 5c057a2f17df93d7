import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { TRACKS, ZExamples, ZExerciseMeta, entryFunctions, resolveCaseFunction, type TExample, type TExerciseMeta } from "./schema";
import { readCatalogContract } from "./catalog-contract";
import { readGivens, type GivenFile } from "./read-givens";
import { decodeValue } from "./values";

/** An exercise as the web app sees it: metadata and prose, never tests or solutions. */
export interface ExerciseContent {
  meta: TExerciseMeta;
  folder: string;
  statement: string;
  starter: string;
  /** Visible examples with markers decoded (function arguments stay as their source). */
  examples: TExample[];
  /** Helpers the learner is given (public: shown read-only beside the editor). */
  given: GivenFile[];
}

export interface ExerciseProblem {
  folder: string;
  errors: string[];
}

export interface ExerciseCatalog {
  exercises: ExerciseContent[];
  problems: ExerciseProblem[];
}

const REQUIRED_FILES = ["exercise.json", "statement.md", "starter.ts", "reference.ts", "examples.json", "tests.ts"];

/**
 * Reads every exercises/<track>/<id>/ folder. Never throws for a broken folder: its errors are
 * collected (shape first, then meaning, then across exercises) and the rest are served.
 */
export function loadExerciseCatalog(exercisesDir: string): ExerciseCatalog {
  const exercises: ExerciseContent[] = [];
  const problems: ExerciseProblem[] = [];
  for (const folder of listExerciseFolders(exercisesDir)) {
    const result = loadExerciseFolder(exercisesDir, folder);
    if (result.errors.length > 0) problems.push({ folder, errors: result.errors });
    else if (result.content) exercises.push(result.content);
  }
  checkAcrossExercises(exercises, problems);
  // Tracks in teaching order; within a track, the curriculum's row order (then by folder name).
  const trackOrder = new Map<string, number>(TRACKS.map((track, index) => [track.id, index]));
  const rowOrder = curriculumOrder(exercisesDir);
  const rank = (exercise: ExerciseContent) => rowOrder.get(exercise.meta.id) ?? Number.MAX_SAFE_INTEGER;
  exercises.sort(
    (a, b) => (trackOrder.get(a.meta.track) ?? 99) - (trackOrder.get(b.meta.track) ?? 99) || rank(a) - rank(b) || a.folder.localeCompare(b.folder),
  );
  return { exercises, problems };
}

function curriculumOrder(exercisesDir: string): Map<string, number> {
  const file = path.join(exercisesDir, "CATALOG.md");
  if (!fs.existsSync(file)) return new Map();
  return new Map([...readCatalogContract(file).keys()].map((id, index) => [id, index]));
}

function listExerciseFolders(exercisesDir: string): string[] {
  if (!fs.existsSync(exercisesDir)) return [];
  const folders: string[] = [];
  for (const track of fs.readdirSync(exercisesDir, { withFileTypes: true })) {
    if (!track.isDirectory() || track.name.startsWith(".")) continue;
    for (const exercise of fs.readdirSync(path.join(exercisesDir, track.name), { withFileTypes: true })) {
      if (exercise.isDirectory() && !exercise.name.startsWith(".")) folders.push(`${track.name}/${exercise.name}`);
    }
  }
  return folders.sort();
}

function loadExerciseFolder(exercisesDir: string, folder: string): { content?: ExerciseContent; errors: string[] } {
  const dir = path.join(exercisesDir, folder);
  const errors: string[] = [];
  for (const file of REQUIRED_FILES) {
    // Exercises are read at run time from EXERCISES_DIR, never traced into the build output.
    if (!fs.existsSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, file))) errors.push(`${file} is missing`);
  }
  if (errors.length > 0) return { errors };

  const meta = parseJsonFile(dir, "exercise.json", ZExerciseMeta, errors);
  const examples = parseJsonFile(dir, "examples.json", ZExamples, errors);
  if (!meta || !examples) return { errors };

  const [trackFolder, idFolder] = folder.split("/");
  if (meta.id !== idFolder) errors.push(`exercise.json: id "${meta.id}" must equal the folder name "${idFolder}"`);
  if (meta.track !== trackFolder) errors.push(`exercise.json: track "${meta.track}" must equal the parent folder "${trackFolder}"`);
  for (const mistake of meta.mistakes) {
    if (!fs.existsSync(path.join(dir, "mistakes", `${mistake.id}.ts`))) errors.push(`mistakes/${mistake.id}.ts is missing`);
  }
  const starter = fs.readFileSync(path.join(dir, "starter.ts"), "utf8");
  const reference = fs.readFileSync(path.join(dir, "reference.ts"), "utf8");
  if (starter.trim() === reference.trim()) errors.push("starter.ts must differ from reference.ts");
  for (const { name } of entryFunctions(meta)) {
    if (!new RegExp(`export\\s+function\\s+${name.replace(/\$/g, "\\$")}\\b`).test(starter)) errors.push(`starter.ts must export function ${name}`);
  }
  errors.push(...checkExamples(meta, examples));
  const { givens, errors: givenErrors } = readGivens(exercisesDir, meta.given);
  errors.push(...givenErrors);
  const statement = fs.readFileSync(path.join(dir, "statement.md"), "utf8");
  if (statement.trim().length < 40) errors.push("statement.md is too short to teach anything");
  if (errors.length > 0) return { errors };

  const decoded = examples.map((example) => ({
    ...example,
    args: example.args.map((arg) => decodeValue(arg)),
    ...(example.throws ? {} : { expected: decodeValue(example.expected) }),
  }));
  return { content: { meta, folder, statement, starter, examples: decoded, given: givens }, errors };
}

/** Each example calls a function of the exercise (at most 6 per function); plots name real examples. */
function checkExamples(meta: TExerciseMeta, examples: TExample[]): string[] {
  const errors: string[] = [];
  const names = entryFunctions(meta).map((spec) => spec.name);
  const perFunction = new Map<string, number>();
  for (const example of examples) {
    const resolved = resolveCaseFunction(names, example.function);
    if ("error" in resolved) errors.push(`examples.json: example "${example.name}": ${resolved.error}`);
    else perFunction.set(resolved.name, (perFunction.get(resolved.name) ?? 0) + 1);
  }
  for (const [name, count] of perFunction) if (count > 6) errors.push(`examples.json: ${count} examples call ${name}; show at most 6 per function`);
  const exampleNames = examples.map((example) => example.name);
  for (const plot of meta.plots ?? []) {
    // A fit-line plot may draw a second example's line beside the first: both must be drawable.
    const named = [plot.example, ...(plot.type === "fit-line" && plot.compare ? [plot.compare.example] : [])];
    for (const name of named) {
      const target = examples.find((example) => example.name === name);
      if (!target) errors.push(`exercise.json: plot "${plot.type}" names example "${name}", which examples.json does not have`);
      else if (target.throws) errors.push(`exercise.json: plot "${plot.type}" names example "${name}", which throws: there is nothing to draw`);
      if (exampleNames.indexOf(name) !== exampleNames.lastIndexOf(name)) {
        errors.push(`examples.json: the name "${name}" is used twice, so plot "${plot.type}" cannot tell which example to draw`);
      }
    }
  }
  return errors;
}

function parseJsonFile<T>(dir: string, file: string, schema: z.ZodType<T>, errors: string[]): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  } catch (error) {
    errors.push(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    errors.push(`${file}: ${issue.path.length > 0 ? issue.path.join(".") + ": " : ""}${issue.message}`);
  }
  return undefined;
}

function checkAcrossExercises(exercises: ExerciseContent[], problems: ExerciseProblem[]): void {
  for (const key of ["id", "uuid"] as const) {
    const seen = new Map<string, string>();
    for (const exercise of [...exercises]) {
      const value = exercise.meta[key];
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, exercise.folder);
        continue;
      }
      problems.push({ folder: exercise.folder, errors: [`exercise.json: ${key} "${value}" is already used by ${first}`] });
      exercises.splice(exercises.indexOf(exercise), 1);
    }
  }
}
