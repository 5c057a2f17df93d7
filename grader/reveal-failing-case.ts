import type { FailingCase } from "../lib/grading/types";
import type { PreparedCase, PreparedExercise } from "./cases";
import type { EvaluatedCase } from "./evaluate-case";
import { runCases } from "./run-cases";
import type { IsolateHost, SandboxSession } from "./sandbox";
import { sessionLimitsOf } from "./derive-limits";
import { shrinkFailingCase } from "./shrink";

/** What the learner is told when a hidden case fails only after other calls. */
export const KEEPS_STATE_MESSAGE = "fails only after earlier tests: your function keeps state between calls";

/**
 * The first failing hidden required case, as that input alone makes the learner's code behave.
 * The shown values must never carry another hidden input, and learner code may keep every input
 * it saw in module state; so the case is run again in a fresh context (module loaded, that one
 * call, nothing before it). A random case is shrunk there too, and the shrunk input is run once
 * more in another fresh context, so the answer shown has seen that input only. A case that
 * passes alone is reported without values: it fails only because of state kept between calls.
 * Time-outs and memory limits are not revealed (the verdict says enough), nor are cases that
 * were never called.
 */
export function revealFailingCase(
  exercise: PreparedExercise,
  evaluated: EvaluatedCase[],
  host: IsolateHost,
  compiledJs: string,
  render: (prepared: PreparedCase) => string,
): FailingCase | undefined {
  // A case that never ran (an example hit a limit first) failed nothing: running it now would
  // spend a second runaway's limit and show a hidden input the grade never used.
  const first = evaluated.find((item) => item.prepared.hidden && item.reason !== null && !item.notRun);
  if (!first || first.reason === "timeout" || first.reason === "memory") return undefined;
  const keepsState: FailingCase = {
    testName: first.prepared.name,
    input: "",
    expected: "",
    actual: "",
    message: KEEPS_STATE_MESSAGE,
    shrunk: false,
    keepsState: true,
  };

  const alone = inFreshContext(exercise, host, compiledJs, (session) => {
    const [item] = runCases(exercise, session, [first.prepared], render);
    if (item.reason === null || !first.prepared.generated) return { item, shrunk: false };
    const { evaluated: smallest, shrunk } = shrinkFailingCase(exercise, item, session, render);
    return { item: smallest, shrunk };
  });
  if (!alone || alone.item.reason === null) return keepsState;

  // The shrinker's candidates ran in that context one after another: run the one shown alone again.
  const shown = alone.shrunk
    ? inFreshContext(exercise, host, compiledJs, (session) => runCases(exercise, session, [alone.item.prepared], render)[0])
    : alone.item;
  if (!shown || shown.reason === null) return keepsState;
  return {
    testName: first.prepared.name,
    input: shown.outcome.input ?? "",
    expected: shown.outcome.expected ?? "",
    actual: shown.outcome.actual ?? "(no value)",
    message: shown.outcome.message ?? "",
    shrunk: alone.shrunk,
  };
}

/** Runs `work` in a new context with the learner's module loaded; null when it does not load. */
function inFreshContext<T>(exercise: PreparedExercise, host: IsolateHost, compiledJs: string, work: (session: SandboxSession) => T): T | null {
  const session = host.openSession(sessionLimitsOf(exercise.limits), exercise.runtime.givenScript);
  try {
    return session.load(compiledJs).kind === "value" ? work(session) : null;
  } finally {
    session.close();
  }
}
