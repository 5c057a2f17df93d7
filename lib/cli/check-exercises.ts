/**
 * npm run check:exercises [-- <exercise-id> ...]
 * Authoring checks, run in CI: every folder loads; metadata matches the catalog contract; every
 * must-throw case states its tier, and a required one is shown by a visible example; every
 * visible example's arguments and expected value type-check against the reference; the
 * reference agrees with every stated expected value; the stored time limits leave the reference a
 * margin (grader/derive-limits.ts); through the real grader, the reference
 * passes both tiers, the starter is rejected, and every known mistake (assembled from its
 * override, see assembleMistake) is rejected by the tier it declares and recognised as itself;
 * given helpers are written once (checkGivens).
 */
import fs from "node:fs";
import path from "node:path";
import { tightLimits } from "../../grader/derive-limits";
import { GraderPool } from "../../grader/pool";
import { contractErrors, readCatalogContract } from "../exercises/catalog-contract";
import { loadExerciseCatalog, type ExerciseContent } from "../exercises/load-catalog";
import { loadExerciseRuntime, type ExerciseRuntime } from "../exercises/load-runtime";
import { entryFunctions } from "../exercises/schema";
import { EXERCISES_DIR } from "../exercises/paths";
import { exampleTypeErrors } from "../exercises/example-type-errors";
import { assembleReference } from "../exercises/assemble-reference";
import { assembleMistake } from "../exercises/assemble-mistake";
import { checkGivens } from "../exercises/check-givens";
import { findCopiedDeclarations } from "../exercises/find-copied-declarations";

async function checkExercise(
  pool: GraderPool,
  exercise: ExerciseContent,
  contract: ReturnType<typeof readCatalogContract>,
  typeErrors: string[],
): Promise<string[]> {
  const errors: string[] = [...typeErrors];
  const { meta } = exercise;
  const entry = contract.get(meta.id);
  if (!entry) errors.push(`"${meta.id}" is not an id of the catalog (exercises/CATALOG.md)`);
  else errors.push(...contractErrors(entry, entryFunctions(meta)));
  const summary = await pool.describe(meta.id);
  errors.push(...summary.authorErrors);
  if (summary.hidden === 0) errors.push("there are no hidden tests");

  errors.push(...tierErrors(exercise));
  errors.push(...(await limitErrors(pool, exercise)));

  const dir = path.join(EXERCISES_DIR, exercise.folder);
  const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
  // The reference with its shared steps put in: the self-contained file the grader holds.
  const referenceSource = assembleReference(EXERCISES_DIR, path.join(dir, "reference.ts"));
  const grade = (file: string) => pool.grade(meta.id, file === "reference.ts" ? referenceSource : read(file), "submit");
  const reference = await grade("reference.ts");
  if (reference.verdict !== "accepted") errors.push(`reference.ts is not accepted: ${reference.verdict}: ${reference.message}`);
  const robustness = reference.robustness;
  if (robustness && robustness.passed < robustness.total) {
    const failed = reference.tests.filter((test) => test.tier === "robustness" && test.status !== "passed").map((test) => `"${test.name}"`);
    errors.push(`reference.ts fails robustness checks ${failed.join(", ")}`);
  }
  const starter = await grade("starter.ts");
  if (starter.verdict === "accepted") errors.push("starter.ts is accepted: it must fail");
  for (const mistake of meta.mistakes) {
    const file = `mistakes/${mistake.id}.ts`;
    // Graded as the complete wrong solution a learner could have written: the reference with the override put in.
    const result = await pool.grade(meta.id, assembleMistake(referenceSource, read(file)), "submit");
    if (mistake.tier === "required") {
      if (result.verdict === "accepted") errors.push(`${file} is accepted: the required tests must reject it`);
      else if (result.mistake?.id !== mistake.id) errors.push(`${file} is rejected but diagnosed as ${named(result.mistake)}`);
    } else {
      const report = result.robustness;
      if (result.verdict !== "accepted") errors.push(`${file} declares tier robustness but the required tests reject it (${result.verdict})`);
      if (!report || report.passed === report.total) errors.push(`${file} passes every robustness check: they must reject it`);
      else if (report.mistake?.id !== mistake.id) errors.push(`${file} fails robustness checks but is diagnosed as ${named(report.mistake)}`);
    }
  }
  return errors;
}

/**
 * The stored time limits must exist and leave the reference a clear margin (measured here, in the
 * sandbox, as measure:budgets does): too tight a budget would fail correct solutions.
 */
async function limitErrors(pool: GraderPool, exercise: ExerciseContent): Promise<string[]> {
  if (!exercise.meta.limits) return ['exercise.json has no "limits": run npm run measure:budgets -- ' + exercise.meta.id];
  try {
    return tightLimits(exercise.meta.limits, await pool.measure(exercise.meta.id));
  } catch (error) {
    return [`the reference could not be measured: ${error instanceof Error ? error.message : String(error)}`];
  }
}

function named(mistake: { id: string } | undefined): string {
  return mistake ? `"${mistake.id}"` : "no known mistake";
}

/**
 * A must-throw case is where tiers matter most (a catalog rule, or validation beyond it), so it
 * must say which it is; and a required must-throw rule is shown on Run by a visible example.
 */
function tierErrors(exercise: ExerciseContent): string[] {
  let suite: ExerciseRuntime["suite"];
  try {
    suite = loadExerciseRuntime(EXERCISES_DIR, exercise).suite;
  } catch {
    return []; // describe() reports why the exercise does not load
  }
  const errors = suite.fixed
    .filter((fixed) => fixed.throws && fixed.tier === undefined)
    .map((fixed) => `tests.ts: must-throw case "${fixed.name}" must state its tier ("required" or "robustness")`);
  const requiredThrows = suite.fixed.some((fixed) => fixed.throws && fixed.tier === "required");
  if (requiredThrows && !exercise.examples.some((example) => example.throws)) {
    errors.push("examples.json: a required must-throw rule is tested but no visible example shows a throw");
  }
  return errors;
}

async function main(): Promise<number> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const catalog = loadExerciseCatalog(EXERCISES_DIR);
  const contract = readCatalogContract();
  let failures = 0;
  for (const problem of catalog.problems) {
    if (only.length > 0 && !only.some((id) => problem.folder.endsWith(`/${id}`))) continue;
    failures++;
    console.log(`✗ ${problem.folder}\n    ${problem.errors.join("\n    ")}`);
  }
  if (only.length === 0) {
    const givenErrors = checkGivens(EXERCISES_DIR, catalog.exercises);
    if (givenErrors.length > 0) {
      failures++;
      console.log(`✗ given helpers\n    ${givenErrors.join("\n    ")}`);
    } else console.log("✓ given helpers: each written once");
    const copies = findCopiedDeclarations(EXERCISES_DIR);
    if (copies.length > 0) {
      failures++;
      console.log(`✗ shared code\n    ${copies.join("\n    ")}`);
    } else console.log("✓ shared code: no helper written in two files (reference steps and test data imported)");
  }
  const selected = catalog.exercises.filter((exercise) => only.length === 0 || only.includes(exercise.meta.id));
  const missing = only.filter(
    (id) => !catalog.exercises.some((exercise) => exercise.meta.id === id) && !catalog.problems.some((p) => p.folder.endsWith(`/${id}`)),
  );
  for (const id of missing) {
    failures++;
    console.log(`✗ ${id}: no such exercise folder`);
  }
  // Every exercise is queued at once: on a busy machine a job may wait long, and no one is waiting on it.
  const pool = new GraderPool({ size: 2, maxQueue: 10_000, runQueueDeadlineMs: null });
  try {
    // Examples are JSON: typed here against the reference's signatures, as tsc types tests.ts.
    const typeErrors = exampleTypeErrors(EXERCISES_DIR, selected);
    const results = await Promise.all(
      selected.map(async (exercise) => ({ exercise, errors: await checkExercise(pool, exercise, contract, typeErrors.get(exercise.folder) ?? []) })),
    );
    for (const { exercise, errors } of results) {
      if (errors.length === 0) console.log(`✓ ${exercise.folder} (${exercise.meta.mistakes.length} known mistakes)`);
      else {
        failures++;
        console.log(`✗ ${exercise.folder}\n    ${errors.join("\n    ")}`);
      }
    }
  } finally {
    await pool.close();
  }
  const checked = selected.length + catalog.problems.length;
  console.log(`\ncheck:exercises: ${checked - failures} passed, ${failures} failed`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
