import type { GradeResult, TestOutcome } from "./types";

/**
 * What a learner may see of a grade. Hidden required tests keep their name and status, but their
 * inputs, expected values, outputs and detailed messages are removed: the one failing hidden case
 * the feedback policy reveals travels separately, as `failingCase`. Console output from hidden
 * tests never exists (the grader does not collect it), so printing inputs leaks nothing.
 * Robustness checks are not secrets (they teach) and stay whole: the grader runs them before any
 * hidden required test, so what the learner's code returns there cannot carry a hidden input.
 */
export function toLearnerView(result: GradeResult): GradeResult {
  return { ...result, tests: result.tests.map(hideDetails), message: learnerMessage(result) };
}

function hideDetails(test: TestOutcome): TestOutcome {
  if (!test.hidden || test.tier === "robustness") return test;
  // Built field by field (never spread): anything added to TestOutcome stays off hidden tests
  // unless it is listed here. Which function a hidden test calls says nothing about its input.
  return {
    name: test.name,
    kind: test.kind,
    tier: test.tier,
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

/**
 * The summary, rebuilt from what the learner may see. The grader's own summary can quote a
 * hidden test's message (whose text a learner's code can shape, e.g. through the length of an
 * oversized result), so after a submit only counts, test names and visible messages are used.
 * Results without tests (compile errors, a module that throws while loading, a stopped grading
 * process) carry messages about the learner's own code only.
 */
function learnerMessage(result: GradeResult): string | null {
  if (result.verdict === "accepted" || result.mode === "run" || result.tests.length === 0) return result.message;
  const robust = result.robustness && result.robustness.total > 0 ? ` · robustness ${result.robustness.passed}/${result.robustness.total}` : "";
  const counts = `${result.passed}/${result.total} required tests passed${robust}`;
  const required = result.tests.filter((test) => test.tier === "required");
  const limit = LIMIT_MESSAGES[result.verdict];
  const limited = limit ? required.find((test) => test.status === "error" && test.message?.startsWith(limit.prefix)) : undefined;
  const first = limited ?? required.find((test) => test.status !== "passed");
  if (!first) return counts;
  if (!first.hidden) return `${counts}. First failure, example "${first.name}": ${first.message ?? first.status}`;
  const what = limit && limited ? limit.label : "failed";
  return `${counts}; hidden test "${first.name}" ${what}.`;
}

const LIMIT_MESSAGES: Partial<Record<GradeResult["verdict"], { prefix: string; label: string }>> = {
  time_limit_exceeded: { prefix: "time limit exceeded", label: "ran past the time limit" },
  memory_limit_exceeded: { prefix: "memory limit exceeded", label: "exceeded the memory limit" },
  output_limit_exceeded: { prefix: "output limit exceeded", label: "produced too much output" },
};
