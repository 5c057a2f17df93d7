import { AppError } from "../errors";
import type { Db } from "./client";

/**
 * The Exercise row of a catalog slug: its id (uuid) and the version grading uses now
 * (`gradedHash`), in one query. Unknown slugs and exercises whose folder vanished or broke are
 * not_found: learners cannot start new work on them.
 */
export async function resolveGradedExercise(db: Db, exerciseSlug: string): Promise<{ id: string; gradedHash: string }> {
  const exercise = await db.exercise.findUnique({
    where: { slug: exerciseSlug },
    select: { id: true, isAvailable: true, gradedHash: true },
  });
  if (!exercise || !exercise.isAvailable) throw new AppError("not_found", `No exercise "${exerciseSlug}".`);
  return { id: exercise.id, gradedHash: exercise.gradedHash };
}
