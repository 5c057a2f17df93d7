import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { ProgressStatus } from "./next-progress";

export interface ExerciseProgress {
  exerciseSlug: string;
  status: ProgressStatus;
  attempts: number;
  bestPassed: number;
  /** Some submission passed both tiers (required and robustness). */
  isRobust: boolean;
  firstSolvedAt: Date | null;
  lastSubmittedAt: Date;
}

/**
 * The learner's progress on every exercise they submitted to, in catalog order; exercises never
 * submitted to are absent. Map-friendly: `new Map(list.map((p) => [p.exerciseSlug, p]))`.
 * Throws AppError storage_unavailable.
 */
export async function listProgress({ learnerId }: { learnerId: string }): Promise<ExerciseProgress[]> {
  return withStorageErrors(async () => {
    const rows = await getDb().progress.findMany({
      where: { learnerId },
      orderBy: { exercise: { position: "asc" } },
      select: {
        status: true,
        attempts: true,
        bestPassed: true,
        isRobust: true,
        firstSolvedAt: true,
        lastSubmittedAt: true,
        exercise: { select: { slug: true } },
      },
    });
    return rows.map(({ exercise, ...row }) => ({ ...row, exerciseSlug: exercise.slug, status: row.status as ProgressStatus }));
  });
}
