/**
 * npm run check:exercises [-- <exercise-id> ...]
 * Authoring checks, run in CI: every folder loads; metadata matches the catalog contract; the
 * reference agrees with every stated expected value; through the real grader, the reference is
 * accepted, the starter is not, and every known mistake is rejected and recognised as itself.
 */
import fs from "node:fs";
import path from "node:path";
import { GraderPool } from "../../grader/pool";
import { contractErrors, readCatalogContract } from "./catalog-contract";
import { loadExerciseCatalog, type ExerciseContent } from "./load-catalog";
import { entryFunctions } from "./schema";
import { EXERCISES_DIR } from "./paths";

async function checkExercise(pool: GraderPool, exercise: ExerciseContent, contract: ReturnType<typeof readCatalogContract>): Promise<string[]> {
  const errors: string[] = [];
  const { meta } = exercise;
  const entry = contract.get(meta.id);
  if (!entry) errors.push(`"${meta.id}" is not an id of the catalog (exercises/CATALOG.md)`);
  else errors.push(...contractErrors(entry, entryFunctions(meta)));
  const summary = await pool.describe(meta.id);
  errors.push(...summary.authorErrors);
  if (summary.hidden === 0) errors.push("there are no hidden tests");

  const dir = path.join(EXERCISES_DIR, exercise.folder);
  const grade = (file: string) => pool.grade(meta.id, fs.readFileSync(path.join(dir, file), "utf8"), "submit");
  const reference = await grade("reference.ts");
  if (reference.verdict !== "accepted") errors.push(`reference.ts is not accepted: ${reference.verdict}: ${reference.message}`);
  const starter = await grade("starter.ts");
  if (starter.verdict === "accepted") errors.push("starter.ts is accepted: it must fail");
  for (const mistake of meta.mistakes) {
    const result = await grade(`mistakes/${mistake.id}.ts`);
    if (result.verdict === "accepted") errors.push(`mistakes/${mistake.id}.ts is accepted: the hidden tests must reject it`);
    else if (result.mistake?.id !== mistake.id) {
      errors.push(`mistakes/${mistake.id}.ts is rejected but diagnosed as ${result.mistake ? `"${result.mistake.id}"` : "no known mistake"}`);
    }
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
  const selected = catalog.exercises.filter((exercise) => only.length === 0 || only.includes(exercise.meta.id));
  const missing = only.filter((id) => !catalog.exercises.some((exercise) => exercise.meta.id === id) && !catalog.problems.some((p) => p.folder.endsWith(`/${id}`)));
  for (const id of missing) {
    failures++;
    console.log(`✗ ${id}: no such exercise folder`);
  }
  const pool = new GraderPool({ size: 2 });
  try {
    const results = await Promise.all(selected.map(async (exercise) => ({ exercise, errors: await checkExercise(pool, exercise, contract) })));
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
