import type { GradeResult, TestOutcome } from "./types";

/**
 * What a learner may see of a grade. Hidden tests keep their name and status, but their inputs,
 * expected values, outputs and detailed messages are removed: the one failing hidden case the
 * feedback policy reveals travels separately, as `failingCase`. Console output from hidden
 * tests never exists (the grader does not collect it), so printing inputs leaks nothing.
 */
export function toLearnerView(result: GradeResult): GradeResult {
  return { ...result, tests: result.tests.map(hideDetails), message: learnerMessage(result) };
}

function hideDetails(test: TestOutcome): TestOutcome {
  if (!test.hidden) return test;
  // Built field by field (never spread): anything added to TestOutcome stays off hidden tests
  // unless it is listed here. Which function a hidden test calls says nothing about its input.
  return {
    name: test.name,
    kind: test.kind,
    hidden: true,
    status: test.status,
    message: test.status === "passed" ? null : genericMessage(test),
    ...(test.function ? { function: test.function } : {}),
  };
}

function genericMessage(test: TestOutcome): string {
  if (test.status === "error" && test.message) {
    // Limits and exceptions say nothing about the hidden input: keep their first clause.
    const firstClause = test.message.split(":")[0];
    return firstClause.length < 80 ? firstClause : "error";
  }
  return "wrong answer";
}

/** The summary names the first failure; for a hidden one, point at the revealed case instead. */
function learnerMessage(result: GradeResult): string | null {
  if (result.verdict === "accepted" || result.mode === "run") return result.message;
  const firstFailure = result.tests.find((test) => test.status !== "passed");
  if (!firstFailure || !firstFailure.hidden) return result.message;
  const failed = result.total - result.passed;
  return `${result.passed}/${result.total} tests passed; ${failed} failed, the first on hidden test "${firstFailure.name}".`;
}
