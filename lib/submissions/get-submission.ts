import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { FailingCase, Verdict } from "../grading/types";
import { parseStoredTests, type StoredTestResult } from "./stored-tests";

export interface SubmissionDetail {
  id: string;
  exerciseSlug: string;
  code: string;
  verdict: Verdict;
  passed: number;
  total: number;
  durationMs: number;
  message: string | null;
  matchedMistakeId: string | null;
  robustPassed: number;
  robustTotal: number;
  robustMistakeId: string | null;
  failingCase: FailingCase | null;
  /** The feedback policy stored at submit time (see StoredFeedbackPolicy). */
  revealFailingCase: string;
  revealFailingCaseAfter: Date | null;
  createdAt: Date;
  tests: StoredTestResult[];
}

/**
 * One of the learner's own submissions with its code and per-test results (in grading order).
 * Throws AppError not_found when it does not exist or belongs to another learner: the two are
 * indistinguishable, so ids cannot be probed. Also storage_unavailable.
 */
export async function getSubmission({ learnerId, submissionId }: { learnerId: string; submissionId: string }): Promise<SubmissionDetail> {
  return withStorageErrors(async () => {
    const row = await getDb().submission.findFirst({
      where: { id: submissionId, learnerId },
      select: {
        id: true,
        code: true,
        verdict: true,
        passed: true,
        total: true,
        durationMs: true,
        message: true,
        matchedMistakeId: true,
        robustPassed: true,
        robustTotal: true,
        robustMistakeId: true,
        failingCase: true,
        revealFailingCase: true,
        revealFailingCaseAfter: true,
        createdAt: true,
        exercise: { select: { slug: true } },
        tests: true,
      },
    });
    if (!row) throw new AppError("not_found", "No such submission.");
    const { exercise, tests, ...rest } = row;
    return {
      ...rest,
      exerciseSlug: exercise.slug,
      verdict: rest.verdict as Verdict,
      failingCase: parseFailingCase(rest.failingCase),
      tests: parseStoredTests(tests),
    };
  });
}

/** The stored JSON of a revealed failing case (Submission.failingCase), or null. */
export function parseFailingCase(json: string | null): FailingCase | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as FailingCase;
  } catch {
    return null; // Written by recordSubmission from a parsed GradeResult; unreadable means damaged.
  }
}
