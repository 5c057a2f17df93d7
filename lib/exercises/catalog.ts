import { trackExercisesVersion } from "./exercises-version";
import { loadExerciseCatalog, type ExerciseCatalog, type ExerciseContent } from "./load-catalog";
import { EXERCISES_DIR } from "./paths";

// Production reads exercises once (a deploy restarts the server); development reads them again
// whenever a file under exercises/ changes, so an author's edit shows up without a restart.
const currentVersion = process.env.NODE_ENV === "production" ? () => "loaded once" : trackExercisesVersion(EXERCISES_DIR);
let cached: { catalog: ExerciseCatalog; version: string } | null = null;

/**
 * The exercise catalog as the web app serves it (metadata and prose only). Read from disk once
 * in production; in development, re-read within half a second of any change to an exercise file.
 * A new catalog object means something changed (refreshExerciseIndex relies on that).
 */
export function getExerciseCatalog(): ExerciseCatalog {
  const version = currentVersion();
  if (!cached || cached.version !== version) cached = { catalog: loadExerciseCatalog(EXERCISES_DIR), version };
  return cached.catalog;
}

export function findExercise(exerciseId: string): ExerciseContent | undefined {
  return getExerciseCatalog().exercises.find((exercise) => exercise.meta.id === exerciseId);
}
