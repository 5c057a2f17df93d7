import { createHash } from "node:crypto";
import { hashGradedFiles } from "../exercises/hash-graded-files";
import type { ExerciseCatalog, ExerciseContent } from "../exercises/load-catalog";
import { EXERCISES_DIR } from "../exercises/paths";
import { entryFunctions } from "../exercises/schema";
import { encodeValue } from "../exercises/values";
import { getDb } from "./client";
import { withStorageErrors } from "./storage-errors";

export interface ExerciseIndexChanges {
  created: number;
  updated: number;
  markedUnavailable: number;
}

/**
 * Brings the Exercise table in line with a loaded catalog, keyed by each exercise's uuid (so a
 * renamed folder keeps its learners' work). Exercises missing from the catalog (folder removed,
 * or broken and listed in catalog.problems) are marked isAvailable=false, never deleted:
 * submissions reference them. Rows are only written when something changed, so updatedAt says
 * when an exercise last changed. Throws AppError storage_unavailable.
 */
export async function syncExerciseIndex(catalog: ExerciseCatalog, exercisesDir = EXERCISES_DIR): Promise<ExerciseIndexChanges> {
  const targets = catalog.exercises.map((exercise, position) => ({
    id: exercise.meta.uuid,
    slug: exercise.meta.id,
    title: exercise.meta.title,
    track: exercise.meta.track,
    difficulty: exercise.meta.difficulty,
    functionName: entryFunctions(exercise.meta)
      .map((spec) => spec.name)
      .join(", "),
    position,
    contentHash: hashExerciseContent(exercise),
    gradedHash: hashGradedFiles(exercisesDir, exercise.folder),
    isAvailable: true,
  }));
  const targetById = new Map(targets.map((target) => [target.id, target]));
  const claimedSlugs = new Set(targets.map((target) => target.slug));

  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const existing = await tx.exercise.findMany();
      const changes: ExerciseIndexChanges = { created: 0, updated: 0, markedUnavailable: 0 };
      // Slugs are unique, and folders can be renamed or swapped: first move every row whose slug
      // is changing, or that is leaving and whose slug another exercise now uses, out of the way.
      for (const row of existing) {
        const target = targetById.get(row.id);
        if (target ? target.slug !== row.slug : claimedSlugs.has(row.slug)) {
          await tx.exercise.update({ where: { id: row.id }, data: { slug: `removed:${row.id}` }, select: { id: true } });
        }
      }
      const existingById = new Map(existing.map((row) => [row.id, row]));
      for (const target of targets) {
        const row = existingById.get(target.id);
        if (!row) {
          await tx.exercise.create({ data: target, select: { id: true } });
          changes.created += 1;
        } else if (Object.entries(target).some(([key, value]) => row[key as keyof typeof row] !== value)) {
          await tx.exercise.update({ where: { id: target.id }, data: target, select: { id: true } });
          changes.updated += 1;
        }
      }
      const leaving = existing.filter((row) => row.isAvailable && !targetById.has(row.id)).map((row) => row.id);
      if (leaving.length > 0) {
        const { count } = await tx.exercise.updateMany({ where: { id: { in: leaving } }, data: { isAvailable: false } });
        changes.markedUnavailable = count;
      }
      return changes;
    }),
  );
}

/**
 * sha256 over what a learner sees of an exercise: its metadata (exercise.json), statement,
 * starter, visible examples and given helpers. Hashes the parsed content, so reformatting a file is no change.
 */
export function hashExerciseContent(exercise: ExerciseContent): string {
  const hash = createHash("sha256");
  const parts = [
    JSON.stringify(exercise.meta),
    exercise.statement,
    exercise.starter,
    JSON.stringify(encodeValue(exercise.examples)),
    // The given helpers are seen too; only exercises that have some hash them (the others keep their hash).
    ...exercise.given.map((given) => given.source),
  ];
  for (const part of parts) hash.update(part, "utf8").update("\0");
  return hash.digest("hex");
}
