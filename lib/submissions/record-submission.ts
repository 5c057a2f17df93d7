import { getDb } from "../db/client";
import { resolveGradedExercise } from "../db/resolve-graded-exercise";
import { withStorageErrors } from "../db/storage-errors";
import { assertCodeSize } from "../drafts/code-size";
import { AppError } from "../errors";
import { refreshExerciseIndex } from "../db/refresh-exercise-index";
import type { GradeResult } from "../grading/types";
import type { StoredFeedbackPolicy } from "../problem-sets/submission-policy";
import { nextProgress, type ProgressStatus } from "../progress/next-progress";
import { toStoredTests } from "./stored-tests";

/**
 * Records a graded "submit": the Submission with its per-test results (one JSON column, in grading order),
 * the learner's Progress (attempts, solved, first solve, best score), and the code as their
 * draft, all in one transaction: either everything is saved or nothing is.
 * `feedback` is the feedback policy the submission is made under (from findSubmissionPolicy),
 * stored with it so that its learner views follow it for good; without it the row hides its
 * failing case (the column's fail-closed default).
 * Throws AppError invalid_input ("run" results, code over 100 KB), not_found (unknown or
 * unavailable exercise), storage_unavailable.
 */
export async function recordSubmission({
  learnerId,
  exerciseSlug,
  code,
  result,
  feedback,
}: {
  learnerId: string;
  exerciseSlug: string;
  code: string;
  result: GradeResult;
  feedback?: StoredFeedbackPolicy;
}): Promise<{ id: string; createdAt: Date }> {
  // "run" grades visible examples only: it says nothing about solving and must not count.
  if (result.mode !== "submit") throw new AppError("invalid_input", "Only submitted results are recorded.");
  assertCodeSize(code);
  return withStorageErrors(async () => {
    await refreshExerciseIndex();
    const db = getDb();
    // With the exercise's graded version, so that a later change of its tests shows as "graded
    // against an older version" in the gradebook. Read before the transaction (its first statement
    // must be the write); the hash only changes when the index is synced at start-up.
    const { id: exerciseId, gradedHash } = await resolveGradedExercise(db, exerciseSlug);
    return db.$transaction(async (tx) => {
      // Write before reading: the first statement takes SQLite's write lock, so the Progress read
      // below cannot go stale under a concurrent submit (and no read-to-write lock upgrade can
      // fail with SQLITE_BUSY).
      const submission = await tx.submission.create({
        data: {
          exerciseVersion: gradedHash,
          learnerId,
          exerciseId,
          code,
          verdict: result.verdict,
          passed: result.passed,
          total: result.total,
          durationMs: Math.round(result.durationMs),
          message: result.message,
          matchedMistakeId: result.mistake?.id ?? null,
          robustPassed: result.robustness?.passed ?? 0,
          robustTotal: result.robustness?.total ?? 0,
          robustMistakeId: result.robustness?.mistake?.id ?? null,
          failingCase: result.failingCase ? JSON.stringify(result.failingCase) : null,
          ...(feedback ? { revealFailingCase: feedback.revealFailingCase, revealFailingCaseAfter: feedback.revealFailingCaseAfter } : {}),
          ...toStoredTests(result.tests),
        },
        select: { id: true, createdAt: true },
      });
      const key = { learnerId_exerciseId: { learnerId, exerciseId } };
      const previous = await tx.progress.findUnique({
        where: key,
        select: { status: true, attempts: true, firstSolvedAt: true, bestPassed: true, isRobust: true },
      });
      const progress = nextProgress(previous && { ...previous, status: previous.status as ProgressStatus }, {
        verdict: result.verdict,
        passed: result.passed,
        robustness: result.robustness,
        at: submission.createdAt,
      });
      await tx.progress.upsert({ where: key, create: { learnerId, exerciseId, ...progress }, update: progress, select: { status: true } });
      await tx.draft.upsert({ where: key, create: { learnerId, exerciseId, code }, update: { code }, select: { updatedAt: true } });
      return submission;
    });
  });
}
