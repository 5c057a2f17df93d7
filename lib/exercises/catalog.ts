import { loadExerciseCatalog, type ExerciseCatalog, type ExerciseContent } from "./load-catalog";
import { EXERCISES_DIR } from "./paths";

const RELOAD_AFTER_MS = process.env.NODE_ENV === "production" ? Infinity : 2000;
let cached: { catalog: ExerciseCatalog; loadedAt: number } | null = null;

/**
 * The exercise catalog as the web app serves it (metadata and prose only). Read from disk once
 * in production; re-read every few seconds in development so edits to exercise folders show up.
 */
export function getExerciseCatalog(): ExerciseCatalog {
  if (!cached || Date.now() - cached.loadedAt > RELOAD_AFTER_MS) {
    cached = { catalog: loadExerciseCatalog(EXERCISES_DIR), loadedAt: Date.now() };
  }
  return cached.catalog;
}

export function findExercise(exerciseId: string): ExerciseContent | undefined {
  return getExerciseCatalog().exercises.find((exercise) => exercise.meta.id === exerciseId);
}
