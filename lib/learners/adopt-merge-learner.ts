import type { Prisma } from "../db/generated/client";
import type { ProgressStatus } from "../progress/next-progress";
import { mergeProgress } from "./adopt-merged-progress";

type Tx = Prisma.TransactionClient;

const PROGRESS_FIELDS = {
  exerciseId: true,
  status: true,
  attempts: true,
  firstSolvedAt: true,
  lastSubmittedAt: true,
  bestPassed: true,
  isRobust: true,
} as const;

/**
 * Moves everything of learner `sourceId` onto learner `targetId`, then deletes the source:
 * submissions (their test results follow them), progress (merged per exercise), drafts (the
 * most recently updated one per exercise wins), course enrollments. Caller must hold a
 * transaction: a half-done merge would lose or duplicate work.
 */
export async function mergeLearnerInto(tx: Tx, { sourceId, targetId }: { sourceId: string; targetId: string }): Promise<void> {
  if (sourceId === targetId) return;
  await tx.submission.updateMany({ where: { learnerId: sourceId }, data: { learnerId: targetId } });

  const sourceProgress = await tx.progress.findMany({ where: { learnerId: sourceId }, select: PROGRESS_FIELDS });
  const targetProgress = new Map((await tx.progress.findMany({ where: { learnerId: targetId }, select: PROGRESS_FIELDS })).map((row) => [row.exerciseId, row]));
  for (const { exerciseId, ...source } of sourceProgress) {
    const target = targetProgress.get(exerciseId);
    const merged = target
      ? mergeProgress({ ...source, status: source.status as ProgressStatus }, { ...target, status: target.status as ProgressStatus })
      : { ...source };
    await tx.progress.upsert({
      where: { learnerId_exerciseId: { learnerId: targetId, exerciseId } },
      create: { learnerId: targetId, exerciseId, ...merged },
      update: merged,
      select: { status: true },
    });
  }

  const sourceDrafts = await tx.draft.findMany({ where: { learnerId: sourceId }, select: { exerciseId: true, code: true, updatedAt: true } });
  const targetDrafts = new Map(
    (await tx.draft.findMany({ where: { learnerId: targetId }, select: { exerciseId: true, updatedAt: true } })).map((row) => [row.exerciseId, row]),
  );
  for (const { exerciseId, code, updatedAt } of sourceDrafts) {
    const target = targetDrafts.get(exerciseId);
    if (target && target.updatedAt >= updatedAt) continue;
    // updatedAt given explicitly: the draft keeps the time it was typed, not the time of the merge.
    await tx.draft.upsert({
      where: { learnerId_exerciseId: { learnerId: targetId, exerciseId } },
      create: { learnerId: targetId, exerciseId, code, updatedAt },
      update: { code, updatedAt },
      select: { updatedAt: true },
    });
  }

  const enrolled = new Set((await tx.enrollment.findMany({ where: { learnerId: targetId }, select: { courseId: true } })).map((row) => row.courseId));
  for (const enrollment of await tx.enrollment.findMany({ where: { learnerId: sourceId }, select: { courseId: true, joinedAt: true } })) {
    if (!enrolled.has(enrollment.courseId)) await tx.enrollment.create({ data: { ...enrollment, learnerId: targetId }, select: { courseId: true } });
  }

  const source = await tx.learner.delete({ where: { id: sourceId }, select: { lastSeenAt: true } });
  await tx.learner.updateMany({ where: { id: targetId, lastSeenAt: { lt: source.lastSeenAt } }, data: { lastSeenAt: source.lastSeenAt } });
}
