import type { PreparedCase, PreparedExercise } from "./cases";
import { evaluateCase, type EvaluatedCase, type FailureReason } from "./evaluate-case";
import type { SandboxSession } from "./sandbox";

/** Limits end what is running (a tier), so they decide a verdict over earlier wrong answers. */
export const LIMIT_REASONS: FailureReason[] = ["memory", "timeout", "output"];

export function isLimit(reason: FailureReason | null): boolean {
  return reason !== null && LIMIT_REASONS.includes(reason);
}

/** Calls the learner's function once per case and compares each result on the host. */
export function runCases(
  exercise: PreparedExercise,
  session: SandboxSession,
  cases: PreparedCase[],
  render: (prepared: PreparedCase) => string,
): EvaluatedCase[] {
  return cases.map((prepared) => {
    const item = evaluateCase(prepared, session.call(prepared.functionName, prepared.argsJson), exercise.tolerance, render);
    if (exercise.isMultiFunction) item.outcome.function = prepared.functionName;
    if (!prepared.hidden) {
      const printed = session.takeConsole();
      if (printed) item.outcome.console = printed;
    }
    return item;
  });
}

/** A case that was not called, with the reason. */
export function notRunCase(prepared: PreparedCase, why: string): EvaluatedCase {
  return {
    prepared,
    reason: "misuse",
    learner: null,
    outcome: { name: prepared.name, kind: prepared.kind, tier: prepared.tier, hidden: prepared.hidden, status: "error", message: why },
  };
}
