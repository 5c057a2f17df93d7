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
 */
export function diagnoseMistake(exercise: PreparedExercise, evaluated: EvaluatedCase[]): MatchedMistake | undefined {
  const failing = evaluated.filter((item) => (item.reason === "wrong" || item.reason === "thrown") && item.learner).slice(0, CASES_TO_MATCH);
  if (failing.length === 0) return undefined;
  for (const mistake of exercise.runtime.mistakes) {
    const reproduces = failing.every((item) => {
      const learner = item.learner as NonNullable<EvaluatedCase["learner"]>;
      const outcome = runHostFunction(mistake.run, item.prepared.argsJson);
      if (learner.threw || outcome.threw) return learner.threw && outcome.threw;
      return compareValues(outcome.value, learner.value, exercise.tolerance).ok;
    });
    if (reproduces) return { id: mistake.id, title: mistake.title, hint: mistake.hint };
  }
  return undefined;
}
