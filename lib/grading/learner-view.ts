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

/**
 * A fixed vocabulary, never the grader's own message: a learner's code can put a hidden input
 * into an exception's name or message ("your function threw <anything>"), so nothing of it passes.
 */
const ERROR_KINDS: [prefix: string, label: string][] = [
  ["time limit exceeded", "time limit exceeded"],
  ["memory limit exceeded", "memory limit exceeded"],
  ["output limit exceeded", "output limit exceeded"],
  ["your function threw", "your function threw an exception"],
];

function genericMessage(test: TestOutcome): string {
  if (test.status !== "error") return "wrong answer";
  const message = test.message ?? "";
  return ERROR_KINDS.find(([prefix]) => message.startsWith(prefix))?.[1] ?? "error";
}

/** The summary names the first failure; for a hidden one, point at the revealed case instead. */
function learnerMessage(result: GradeResult): string | null {
  if (result.verdict === "accepted" || result.mode === "run") return result.message;
  const firstFailure = result.tests.find((test) => test.status !== "passed");
  if (!firstFailure || !firstFailure.hidden) return result.message;
  const failed = result.total - result.passed;
  return `${result.passed}/${result.total} tests passed; ${failed} failed, the first on hidden test "${firstFailure.name}".`;
}
