import type { PreparedCase, PreparedExercise } from "./cases";
import { evaluateCase, type EvaluatedCase, type FailureReason } from "./evaluate-case";
import type { SandboxSession } from "./sandbox";

/** Limits end what is running (a tier), so they decide a verdict over earlier wrong answers. */
export const LIMIT_REASONS: FailureReason[] = ["memory", "timeout", "output"];

export function isLimit(reason: FailureReason | null): boolean {
  return reason !== null && LIMIT_REASONS.includes(reason);
}

/**
 * Calls the learner's function once per case (batched: see SandboxSession.callCases) and compares
 * each result on the host. Console output is collected for visible cases only.
 */
export function runCases(
  exercise: PreparedExercise,
  session: SandboxSession,
  cases: PreparedCase[],
  render: (prepared: PreparedCase) => string,
  /** End at the first limit, output included: the cases after it are reported as not run. */
  options: { stopAtLimit?: boolean } = {},
): EvaluatedCase[] {
  const calls = cases.map((prepared) => ({ functionName: prepared.functionName, argsJson: prepared.argsJson, collectConsole: !prepared.hidden }));
  const results = session.callCases(calls, { stopAtOutputLimit: options.stopAtLimit });
  const evaluated = results.map((result, index) => {
    const prepared = cases[index];
    const item = evaluateCase(prepared, result.outcome, exercise.tolerance, render);
    if (exercise.isMultiFunction) item.outcome.function = prepared.functionName;
    if (result.console) item.outcome.console = result.console;
    return item;
  });
  const limit = evaluated.find((item) => isLimit(item.reason));
  const why = limit ? `not run: "${limit.prepared.name}" hit a limit` : "";
  return [...evaluated, ...cases.slice(evaluated.length).map((prepared) => notRunCase(prepared, why))];
}

/** A case that was not called, with the reason. */
export function notRunCase(prepared: PreparedCase, why: string): EvaluatedCase {
  return {
    prepared,
    reason: "misuse",
    learner: null,
    notRun: true,
    outcome: { name: prepared.name, kind: prepared.kind, tier: prepared.tier, hidden: prepared.hidden, status: "error", message: why },
  };
}
