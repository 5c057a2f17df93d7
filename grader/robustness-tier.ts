import type { RobustnessReport } from "../lib/grading/types";
import type { PreparedCase, PreparedExercise } from "./cases";
import { diagnoseMistake } from "./diagnose";
import type { EvaluatedCase } from "./evaluate-case";
import { isLimit, notRunCase, runCases } from "./run-cases";
import type { SandboxSession } from "./sandbox";

export interface RobustnessTier {
  report: RobustnessReport;
  evaluated: EvaluatedCase[];
}

/** What the pool's retry reports when the robustness tier got the grading process killed. */
export const KILLED_TIER = "stopped: the robustness checks ran past the grading process's limits";

/** The tier reported as not run, with the reason (a limit before it, or a killed process). */
export function skippedTier(cases: PreparedCase[], why: string): RobustnessTier {
  if (cases.length === 0) return { report: { passed: 0, total: 0 }, evaluated: [] };
  return { report: { passed: 0, total: cases.length, stopped: why }, evaluated: cases.map((prepared) => notRunCase(prepared, why)) };
}

/**
 * The robustness tier, run in the submission's context after the visible examples and before
 * any hidden required test: its results are shown in full, and at that point the learner's
 * module has seen public inputs only, so nothing it kept can carry a hidden input into them.
 * It has a CPU budget and a console cap of its own; its first limit ends the tier (the cases
 * after it are reported as not run) and never the verdict: the caller grades the required tests
 * in a fresh context when this one is spent.
 */
export function runRobustnessTier(
  exercise: PreparedExercise,
  session: SandboxSession,
  cases: PreparedCase[],
  render: (prepared: PreparedCase) => string,
): RobustnessTier {
  if (cases.length === 0) return skippedTier(cases, "");
  const evaluated: EvaluatedCase[] = [];
  let stopped: string | undefined;
  session.withOwnBudget(exercise.limits.robustnessMs, () => {
    // One batch; it ends at the first limit, and the cases after it are not run.
    for (const item of runCases(exercise, session, cases, render, { stopAtLimit: true })) {
      evaluated.push(item);
      if (isLimit(item.reason)) {
        stopped = `"${item.prepared.name}" hit a limit (${item.outcome.message})`;
        break;
      }
    }
    for (const prepared of cases.slice(evaluated.length)) evaluated.push(notRunCase(prepared, `not run: ${stopped}`));
  });
  const mistake = diagnoseMistake(exercise, evaluated, "robustness");
  const report: RobustnessReport = {
    passed: evaluated.filter((item) => item.reason === null).length,
    total: cases.length,
    ...(mistake ? { mistake } : {}),
    ...(stopped ? { stopped: `stopped early: ${stopped}` } : {}),
  };
  return { report, evaluated };
}
