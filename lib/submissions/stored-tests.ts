import { z } from "zod";
import type { TestKind, TestOutcome, TestStatus, Tier } from "../grading/types";

/** One test of a stored submission, as Submission.tests keeps it (no inputs, expected or actual values). */
export interface StoredTestResult {
  name: string;
  kind: TestKind;
  tier: Tier;
  isHidden: boolean;
  status: TestStatus;
  message: string | null;
}

/**
 * The two JSON columns recordSubmission writes from a grade's tests: every test in grading order
 * (`tests`) and the names of the failed hidden ones (`failedHiddenTests`, the gradebook's
 * statistics). One column instead of a row per test: a submit is one INSERT, not 40-66.
 */
export function toStoredTests(tests: TestOutcome[]): { tests: string; failedHiddenTests: string } {
  const stored: StoredTestResult[] = tests.map((test) => ({
    name: test.name,
    kind: test.kind,
    tier: test.tier,
    isHidden: test.hidden,
    status: test.status,
    message: test.message,
  }));
  const failedHidden = tests.filter((test) => test.hidden && test.status !== "passed").map((test) => test.name);
  return { tests: JSON.stringify(stored), failedHiddenTests: JSON.stringify(failedHidden) };
}

const ZStoredTests = z.array(
  z.object({
    name: z.string(),
    kind: z.enum(["example", "fixed", "random"]),
    tier: z.enum(["required", "robustness"]),
    isHidden: z.boolean(),
    status: z.enum(["passed", "failed", "error"]),
    message: z.string().nullable(),
  }),
);

/** Submission.tests back as objects. A column that does not parse (never written by us) reads as no tests. */
export function parseStoredTests(json: string): StoredTestResult[] {
  try {
    const parsed = ZStoredTests.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Submission.failedHiddenTests back as names. */
export function parseFailedHiddenTests(json: string): string[] {
  try {
    const parsed = z.array(z.string()).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
