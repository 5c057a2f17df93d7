import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { Verdict } from "../grading/types";
import type { SubmissionSummary } from "../submissions/list-submissions";

/** A submission in the learner's history across exercises: the summary, named by its exercise, and how many staff comments it has. */
export type THistoryEntry = Omit<SubmissionSummary, "durationMs"> & { exerciseSlug: string; exerciseTitle: string; commentCount: number };

/**
 * One page of a learner's submissions across all exercises, newest first, without their code:
 * `limit` entries after the submission `before` (an id from the previous page), and whether
 * older ones remain. Ids that are not this learner's start from the newest. Throws AppError
 * storage_unavailable.
 */
export async function listSubmissionHistory({
  learnerId,
  before = null,
  limit = 50,
}: {
  learnerId: string;
  before?: string | null;
  limit?: number;
}): Promise<{ entries: THistoryEntry[]; hasMore: boolean }> {
  return withStorageErrors(async () => {
    const db = getDb();
    const cursor = before ? await db.submission.findFirst({ where: { id: before, learnerId }, select: { id: true, createdAt: true } }) : null;
    const take = Math.max(1, Math.min(limit, 200));
    const rows = await db.submission.findMany({
      // Ids are cuids (time-ordered): they break ties between submissions of the same millisecond.
      where: {
        learnerId,
        ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: take + 1,
      select: {
        id: true,
        verdict: true,
        passed: true,
        total: true,
        robustPassed: true,
        robustTotal: true,
        createdAt: true,
        exercise: { select: { slug: true, title: true } },
        _count: { select: { comments: true } },
      },
    });
    return {
      entries: rows.slice(0, take).map(({ exercise, _count, ...row }) => ({
        ...row,
        verdict: row.verdict as Verdict,
        exerciseSlug: exercise.slug,
        exerciseTitle: exercise.title,
        commentCount: _count.comments,
      })),
      hasMore: rows.length > take,
    };
  });
}
