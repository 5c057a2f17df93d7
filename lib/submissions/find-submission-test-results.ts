import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { parseStoredTests, type StoredTestResult } from "./stored-tests";

/**
 * A submission's per-test results in grading order (name, kind, tier, hidden, status, message),
 * or null when there is no such submission. No access check: for trusted server code (scores,
 * regrades, staff views) that has already decided the caller may see this submission.
 * Throws AppError storage_unavailable.
 */
export async function findSubmissionTestResults({ submissionId }: { submissionId: string }): Promise<StoredTestResult[] | null> {
  const row = await withStorageErrors(() => getDb().submission.findUnique({ where: { id: submissionId }, select: { tests: true } }));
  return row ? parseStoredTests(row.tests) : null;
}
