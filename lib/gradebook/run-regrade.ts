import { getDb } from "../db/client";
import { gradeSolution } from "../submissions/run-examples";
import { recomputeProgress } from "../progress/recompute-progress";
import { toStoredTests } from "../submissions/stored-tests";

/**
 * Grades the submissions again, one at a time (learners' own submits keep the other grading
 * process), and replaces each stored result (verdict, counts, message, failing case, per-test results)
 * with the current version's, recording a RegradeChange when the verdict or the tests passed
 * changed, and rebuilding the learner's progress on the exercise from the new grades. The feedback
 * policy stored with a submission is kept. Never throws: a failure marks the
 * regrade "failed" with its message; submissions already regraded stay regraded.
 */
export async function runRegrade(regradeId: string, submissionIds: string[]): Promise<void> {
  const db = getDb();
  runningHere.add(regradeId);
  try {
    for (const submissionId of submissionIds) {
      const submission = await db.submission.findUnique({
        where: { id: submissionId },
        select: { code: true, verdict: true, passed: true, learnerId: true, exerciseId: true, exercise: { select: { slug: true, gradedHash: true } } },
      });
      if (submission) {
        const result = await gradeSolution(submission.exercise.slug, submission.code, "submit");
        await db.$transaction(async (tx) => {
          await tx.submission.update({
            where: { id: submissionId },
            data: {
              verdict: result.verdict,
              passed: result.passed,
              total: result.total,
              message: result.message,
              matchedMistakeId: result.mistake?.id ?? null,
              robustPassed: result.robustness?.passed ?? 0,
              robustTotal: result.robustness?.total ?? 0,
              robustMistakeId: result.robustness?.mistake?.id ?? null,
              failingCase: result.failingCase ? JSON.stringify(result.failingCase) : null,
              exerciseVersion: submission.exercise.gradedHash,
              regradedAt: new Date(),
              ...toStoredTests(result.tests),
            },
            select: { id: true },
          });
          // The learner's solved mark and best count follow the new grade (the dashboard reads them).
          await recomputeProgress(tx, submission.learnerId, submission.exerciseId);
          if (result.verdict !== submission.verdict || result.passed !== submission.passed) {
            await tx.regradeChange.create({
              data: {
                regradeId,
                submissionId,
                oldVerdict: submission.verdict,
                newVerdict: result.verdict,
                oldPassed: submission.passed,
                newPassed: result.passed,
                total: result.total,
              },
              select: { id: true },
            });
          }
        });
      }
      await db.regrade.update({ where: { id: regradeId }, data: { done: { increment: 1 } }, select: { id: true } });
    }
    await db.regrade.update({ where: { id: regradeId }, data: { status: "done", finishedAt: new Date() }, select: { id: true } });
  } catch (error) {
    console.error(`regrade ${regradeId} failed:`, error);
    const message = error instanceof Error ? error.message : String(error);
    await db.regrade
      .update({ where: { id: regradeId }, data: { status: "failed", error: message.slice(0, 500), finishedAt: new Date() }, select: { id: true } })
      .catch(() => undefined);
  } finally {
    runningHere.delete(regradeId);
  }
}

/**
 * Regrades this server process is running (the app runs as one web server). On globalThis, like
 * the grader pool: every bundle of the server sees the same set.
 */
const globalForRegrades = globalThis as unknown as { regradesRunningHere?: Set<string> };
const runningHere = (globalForRegrades.regradesRunningHere ??= new Set<string>());

/** Whether this process is running the regrade (a "running" row it is not running was cut short by a restart). */
export function isRegradeRunningHere(regradeId: string): boolean {
  return runningHere.has(regradeId);
}
