/**
 * npm run measure:budgets [-- <exercise-id> ...]
 * Measures each exercise's reference in the sandbox (CPU per call and per suite, the worst of a
 * few cold runs), derives its time limits (grader/derive-limits.ts) and stores them in its
 * exercise.json, where check:exercises verifies them and the exercise page states them.
 */
import path from "node:path";
import { deriveLimits } from "../../grader/derive-limits";
import { GraderPool } from "../../grader/pool";
import { loadExerciseCatalog } from "../exercises/load-catalog";
import { EXERCISES_DIR } from "../exercises/paths";
import { writeExerciseLimits } from "../exercises/write-exercise-limits";

async function main(): Promise<number> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const catalog = loadExerciseCatalog(EXERCISES_DIR);
  const selected = catalog.exercises.filter((exercise) => only.length === 0 || only.includes(exercise.meta.id));
  const pool = new GraderPool({ size: 2, maxQueue: 10_000, runQueueDeadlineMs: null });
  let failures = 0;
  try {
    console.log("exercise | reference load / max call / required / robustness (CPU ms) | limits call / submission / robustness (ms)");
    const measured = await Promise.all(
      selected.map(async (exercise) => {
        try {
          return { exercise, cost: await pool.measure(exercise.meta.id) };
        } catch (error) {
          return { exercise, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    for (const item of measured) {
      if ("error" in item) {
        failures++;
        console.log(`✗ ${item.exercise.meta.id}: ${item.error}`);
        continue;
      }
      const { cost } = item;
      const limits = deriveLimits(cost);
      writeExerciseLimits(path.join(EXERCISES_DIR, item.exercise.folder, "exercise.json"), limits);
      const ms = (value: number) => value.toFixed(2);
      console.log(
        `${item.exercise.meta.id} | ${ms(cost.loadMs)} / ${ms(cost.maxCallMs)} / ${ms(cost.requiredMs)} / ${ms(cost.robustnessMs)} | ${limits.callMs} / ${limits.submissionMs} / ${limits.robustnessMs}`,
      );
    }
  } finally {
    await pool.close();
  }
  console.log(`\nmeasure:budgets: ${selected.length - failures} written, ${failures} failed`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
