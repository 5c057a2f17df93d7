import { getExerciseCatalog } from "../exercises/catalog";
import type { ExerciseCatalog } from "../exercises/load-catalog";
import { syncExerciseIndex } from "./sync-exercise-index";

const state = globalThis as typeof globalThis & { gradedDescentIndexed?: { catalog: ExerciseCatalog | null; sync: Promise<void> } };

/**
 * Development (`next dev`): brings the database index (the Exercise rows that submissions and drafts point
 * to) in line with the exercise folders before a slug is looked up, so a new exercise can be
 * submitted to at once and an edited one is indexed as it is now. It syncs when the catalog
 * was re-read since the last sync (getExerciseCatalog returns a new object after any change),
 * one sync at a time. Production indexes once, at start-up (lib/cli/prepare-database.ts), and
 * tests index what they need themselves.
 * Call it outside any transaction. Throws AppError storage_unavailable.
 */
export async function refreshExerciseIndex(): Promise<void> {
  if (process.env.NODE_ENV !== "development") return;
  // On globalThis: Next's development server may load this module more than once.
  const indexed = (state.gradedDescentIndexed ??= { catalog: null, sync: Promise.resolve() });
  const catalog = getExerciseCatalog();
  if (catalog !== indexed.catalog) {
    indexed.catalog = catalog;
    indexed.sync = indexed.sync
      .catch(() => undefined)
      .then(async () => {
        const changes = await syncExerciseIndex(catalog);
        if (changes.created + changes.updated + changes.markedUnavailable > 0) console.info(`[exercises] database index updated: ${JSON.stringify(changes)}`);
      })
      .catch((error: unknown) => {
        if (indexed.catalog === catalog) indexed.catalog = null; // try again on the next call
        throw error;
      });
  }
  await indexed.sync;
}
