import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { findStaffProblemSet } from "../problem-sets/find-staff-problem-set";
import { isRegradeRunningHere, runRegrade } from "./run-regrade";

/**
 * Starts grading again, in the background, every submission of the course's learners to the
 * set's exercises that was graded against an older version of its exercise (course staff who
 * grade). Answers at once with the regrade's id; its progress and the verdicts that changed are
 * read with getRegrade. One regrade per set at a time.
 * Throws AppError forbidden, not_found, conflict (one is running, or nothing is outdated),
 * storage_unavailable.
 */
export async function startRegrade({ actor, problemSetId }: { actor: TActor; problemSetId: string }): Promise<{ regradeId: string; total: number }> {
  const { regradeId, submissionIds } = await withStorageErrors(async () => {
    const db = getDb();
    const set = await findStaffProblemSet(db, actor, problemSetId, "grade");
    const running = await db.regrade.findFirst({ where: { problemSetId, status: "running" }, select: { id: true } });
    if (running && isRegradeRunningHere(running.id)) throw new AppError("conflict", "A regrade of this set is already running.");
    // "running" in the database but not in this server: a restart interrupted it. Say so; the
    // submissions it had not reached are still outdated and are picked up below.
    if (running)
      await db.regrade.update({
        where: { id: running.id },
        data: { status: "failed", error: "interrupted by a server restart", finishedAt: new Date() },
        select: { id: true },
      });
    const items = await db.problemSetItem.findMany({ where: { problemSetId }, select: { exerciseId: true, exercise: { select: { gradedHash: true } } } });
    const outdated = await db.submission.findMany({
      where: {
        learner: { enrollments: { some: { courseId: set.courseId } } },
        OR: items.map((item) => ({ exerciseId: item.exerciseId, exerciseVersion: { not: item.exercise.gradedHash } })),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (items.length === 0 || outdated.length === 0)
      throw new AppError("conflict", "Every submission is already graded against the current version of its exercise.");
    const regrade = await db.regrade.create({ data: { problemSetId, startedById: actor.id, total: outdated.length }, select: { id: true } });
    return { regradeId: regrade.id, submissionIds: outdated.map((row) => row.id) };
  });
  // Not awaited: the instructor's request returns now and the page polls the progress.
  void runRegrade(regradeId, submissionIds);
  return { regradeId, total: submissionIds.length };
}
