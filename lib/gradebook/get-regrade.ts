import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { findStaffProblemSet } from "../problem-sets/find-staff-problem-set";

export interface RegradeView {
  id: string;
  status: "running" | "done" | "failed";
  total: number;
  done: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  /** Submissions whose verdict or tests passed changed, by learner then exercise. */
  changes: {
    submissionId: string;
    learnerId: string;
    email: string;
    exerciseTitle: string;
    oldVerdict: string;
    newVerdict: string;
    oldPassed: number;
    newPassed: number;
    total: number;
  }[];
}

/**
 * A regrade of a set (its newest when regradeId is omitted; null if there was none), with its
 * progress and the changed verdicts (course staff). Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function getRegrade({ actor, problemSetId, regradeId }: { actor: TActor; problemSetId: string; regradeId?: string }): Promise<RegradeView | null> {
  return withStorageErrors(async () => {
    const db = getDb();
    await findStaffProblemSet(db, actor, problemSetId, "view");
    const regrade = await db.regrade.findFirst({
      where: { problemSetId, ...(regradeId ? { id: regradeId } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: {
        changes: {
          select: {
            submissionId: true,
            oldVerdict: true,
            newVerdict: true,
            oldPassed: true,
            newPassed: true,
            total: true,
            submission: { select: { learnerId: true, learner: { select: { user: { select: { email: true } } } }, exercise: { select: { title: true } } } },
          },
        },
      },
    });
    if (!regrade) {
      if (regradeId) throw new AppError("not_found", "No such regrade.");
      return null;
    }
    const changes = regrade.changes
      .map(({ submission, ...change }) => ({
        ...change,
        learnerId: submission.learnerId,
        email: submission.learner.user?.email ?? "(no account)",
        exerciseTitle: submission.exercise.title,
      }))
      .sort((a, b) => a.email.localeCompare(b.email) || a.exerciseTitle.localeCompare(b.exerciseTitle));
    return {
      id: regrade.id,
      status: regrade.status as RegradeView["status"],
      total: regrade.total,
      done: regrade.done,
      error: regrade.error,
      createdAt: regrade.createdAt,
      finishedAt: regrade.finishedAt,
      changes,
    };
  });
}
