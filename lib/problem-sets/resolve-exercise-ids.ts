import type { Db } from "../db/client";
import { AppError } from "../errors";

type Client = Pick<Db, "exercise">;

/**
 * Exercise row ids for catalog slugs, in the given order. An unknown or unavailable exercise is
 * invalid input: an instructor can only assign what learners can open.
 */
export async function resolveExerciseIds(db: Client, slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await db.exercise.findMany({ where: { slug: { in: slugs }, isAvailable: true }, select: { id: true, slug: true } });
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const missing = slugs.filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) throw new AppError("invalid_input", `exerciseSlugs: unknown exercise "${missing[0]}"`);
  return slugs.map((slug) => bySlug.get(slug) as string);
}
