import { applyMigrations } from "../../prisma/apply-migrations";
import { closeDb } from "../db/client";
import { getDatabaseUrl } from "../../prisma/database-url";
import { loadExerciseCatalog } from "../exercises/load-catalog";
import { EXERCISES_DIR } from "../exercises/paths";
import { syncExerciseIndex } from "../db/sync-exercise-index";

/**
 * What start-up does before serving: apply pending migrations (creating the SQLite file on a
 * fresh machine) and index the exercise folders. Broken exercises are reported, not fatal.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const databaseUrl = getDatabaseUrl();
  await applyMigrations(databaseUrl, { log });
  const catalog = loadExerciseCatalog(EXERCISES_DIR);
  const changes = await syncExerciseIndex(catalog);
  log(`Exercises: ${catalog.exercises.length} loaded (${JSON.stringify(changes)})`);
  for (const problem of catalog.problems) log(`  ! ${problem.folder} could not be loaded: ${problem.errors[0]}`);
  await closeDb();
}
