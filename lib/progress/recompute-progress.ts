import type { Prisma } from "../db/generated/client";
import type { Verdict } from "../grading/types";
import { nextProgress, type ProgressState } from "./next-progress";

type Tx = Prisma.TransactionClient;

/**
 * Rebuilds a learner's progress on an exercise from their submissions as they are stored now,
 * folding nextProgress over them in the order they were made: after a regrade changed verdicts,
 * "solved", the first solve time, the best count and "robust" say what the current grades say
 * (a solve that the new version no longer accepts is taken back). No submission, no progress row.
 */
export async function recomputeProgress(tx: Tx, learnerId: string, exerciseId: string): Promise<ProgressState | null> {
  const submissions = await tx.submission.findMany({
    where: { learnerId, exerciseId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { verdict: true, passed: true, robustPassed: true, robustTotal: true, createdAt: true },
  });
  let progress: ProgressState | null = null;
  for (const submission of submissions) {
    progress = nextProgress(progress, {
      verdict: submission.verdict as Verdict,
      passed: submission.passed,
      robustness: { passed: submission.robustPassed, total: submission.robustTotal },
      at: submission.createdAt,
    });
  }
  const key = { learnerId_exerciseId: { learnerId, exerciseId } };
  if (progress === null) await tx.progress.deleteMany({ where: { learnerId, exerciseId } });
  else await tx.progress.upsert({ where: key, create: { learnerId, exerciseId, ...progress }, update: progress, select: { status: true } });
  return progress;
}
