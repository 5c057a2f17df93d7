import type { MatchedMistake } from "../lib/grading/types";
import type { PreparedExercise } from "./cases";
import { runHostFunction } from "./cases";
import { compareValues } from "./compare";
import type { EvaluatedCase } from "./evaluate-case";

/** How many failing cases a known mistake must reproduce to be named. */
const CASES_TO_MATCH = 20;

/**
 * Misconception diagnosis: a known mistake (trusted code, run on the host) matches when it
 * reproduces the learner's outputs on the failing cases: the same values within the exercise's
 * tolerance, or a throw where the learner threw. Timeouts and crashes are never diagnosed.
 * In a multi-function exercise only the failing cases of the first function that fails are
 * matched (each with its own function), so a slip in one function is named even when another
 * function fails too.
 */
export function diagnoseMistake(exercise: PreparedExercise, evaluated: EvaluatedCase[]): MatchedMistake | undefined {
  const diagnosable = evaluated.filter((item) => (item.reason === "wrong" || item.reason === "thrown") && item.learner);
  if (diagnosable.length === 0) return undefined;
  const firstFunction = diagnosable[0].prepared.functionName;
  const failing = diagnosable.filter((item) => item.prepared.functionName === firstFunction).slice(0, CASES_TO_MATCH);
  for (const mistake of exercise.runtime.mistakes) {
    const reproduces = failing.every((item) => {
      const learner = item.learner as NonNullable<EvaluatedCase["learner"]>;
      const outcome = runHostFunction(mistake.run[item.prepared.functionName], item.prepared.argsJson);
      if (learner.threw || outcome.threw) return learner.threw && outcome.threw;
      return compareValues(outcome.value, learner.value, exercise.tolerance).ok;
    });
    if (reproduces) return { id: mistake.id, title: mistake.title, hint: mistake.hint };
  }
  return undefined;
}
