import type { Db } from "./client";
import { resolveGradedExercise } from "./resolve-graded-exercise";

/**
 * The Exercise row id (uuid) of a catalog slug. Unknown slugs and exercises whose folder
 * vanished or broke are not_found: learners cannot start new work on them.
 */
export async function resolveExerciseId(db: Db, exerciseSlug: string): Promise<string> {
  return (await resolveGradedExercise(db, exerciseSlug)).id;
}
