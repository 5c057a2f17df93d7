import { getDb } from "../db/client";
import { resolveExerciseId } from "../db/resolve-exercise-id";
import { withStorageErrors } from "../db/storage-errors";
import { refreshExerciseIndex } from "../db/refresh-exercise-index";
import type { Verdict } from "../grading/types";

/** A submission without its code or result: what lists of submissions show. */
export interface SubmissionSummary {
  id: string;
  verdict: Verdict;
  passed: number;
  total: number;
  /** The robustness tier: checks passed of total (0/0 when the exercise has none). */
  robustPassed: number;
  robustTotal: number;
  durationMs: number;
  createdAt: Date;
}

/**
 * The learner's submissions for an exercise, newest first, without their code (at most
 * `limit`, default 100). Throws AppError not_found (unknown or unavailable exercise),
 * storage_unavailable.
 */
export async function listSubmissions({
  learnerId,
  exerciseSlug,
  limit = 100,
}: {
  learnerId: string;
  exerciseSlug: string;
  limit?: number;
}): Promise<SubmissionSummary[]> {
  return withStorageErrors(async () => {
    await refreshExerciseIndex();
    const db = getDb();
    const exerciseId = await resolveExerciseId(db, exerciseSlug);
    const rows = await db.submission.findMany({
      where: { learnerId, exerciseId },
      // Ids are cuids (time-ordered): they break ties between submissions of the same millisecond.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: Math.max(1, Math.min(limit, 1000)),
      select: { id: true, verdict: true, passed: true, total: true, robustPassed: true, robustTotal: true, durationMs: true, createdAt: true },
    });
    return rows.map((row) => ({ ...row, verdict: row.verdict as Verdict }));
  });
}
