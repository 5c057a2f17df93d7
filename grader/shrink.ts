import type * as fc from "fast-check";
import { encodeValue } from "../lib/exercises/values";
import type { PreparedCase, PreparedExercise } from "./cases";
import { runHostFunction } from "./cases";
import { evaluateCase, type EvaluatedCase } from "./evaluate-case";
import type { SandboxSession } from "./sandbox";

/** Upper bound on shrink candidates tried: shrinking is a courtesy, never a cost to the grader. */
const MAX_SHRINK_ATTEMPTS = 400;

/**
 * Shrinks a failing random case with fast-check's own shrinker: greedily take the first smaller
 * candidate on which the learner still fails, until none does (or the budget runs out). The
 * learner's function runs in the same sandbox session; the reference on the host.
 */
export function shrinkFailingCase(
  exercise: PreparedExercise,
  failing: EvaluatedCase,
  session: SandboxSession,
  renderInput: (prepared: PreparedCase) => string,
): { evaluated: EvaluatedCase; shrunk: boolean } {
  const arbitrary = failing.prepared.arbitrary;
  let current: fc.Value<unknown[]> | undefined = failing.prepared.generated;
  if (!arbitrary || !current) return { evaluated: failing, shrunk: false };
  let best = failing;
  let attempts = 0;
  let improved = true;
  while (improved && attempts < MAX_SHRINK_ATTEMPTS && !session.isSpent) {
    improved = false;
    for (const candidate of arbitrary.shrink(current.value, current.context)) {
      if (++attempts > MAX_SHRINK_ATTEMPTS || session.isSpent) break;
      const evaluated = tryCandidate(exercise, candidate.value, failing.prepared, session, renderInput);
      if (evaluated && evaluated.reason === best.reason) {
        best = evaluated;
        current = candidate;
        improved = true;
        break;
      }
    }
  }
  return { evaluated: best, shrunk: best !== failing };
}

function tryCandidate(
  exercise: PreparedExercise,
  args: unknown[],
  original: PreparedCase,
  session: SandboxSession,
  renderInput: (prepared: PreparedCase) => string,
): EvaluatedCase | null {
  const argsJson = JSON.stringify(encodeValue(args));
  const reference = runHostFunction(exercise.runtime.reference[original.functionName], argsJson);
  if (reference.threw) return null; // not a valid input for this exercise: skip it
  const prepared: PreparedCase = { ...original, argsJson, expected: reference.value, generated: undefined };
  const evaluated = evaluateCase(prepared, session.call(original.functionName, argsJson), exercise.tolerance, renderInput);
  return evaluated.reason ? evaluated : null;
}
