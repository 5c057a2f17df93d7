import { AppError } from "../errors";
import type { Db } from "./client";

/**
 * The Exercise row id (uuid) of a catalog slug. Unknown slugs and exercises whose folder
 * vanished or broke are not_found: learners cannot start new work on them.
 */
export async function resolveExerciseId(db: Db, exerciseSlug: string): Promise<string> {
  const exercise = await db.exercise.findUnique({
    where: { slug: exerciseSlug },
    select: { id: true, isAvailable: true },
  });
  if (!exercise || !exercise.isAvailable) throw new AppError("not_found", `No exercise "${exerciseSlug}".`);
  return exercise.id;
}
