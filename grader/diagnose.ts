import type { MatchedMistake, Tier } from "../lib/grading/types";
import type { PreparedCase, PreparedExercise, ReferenceOutcome } from "./cases";
import { runHostFunction } from "./cases";
import { compareValues } from "./compare";
import type { EvaluatedCase } from "./evaluate-case";
import { valueDistance } from "./value-distance";

/**
 * Share of a mistake's telltale cases the learner must reproduce for the mistake to be named.
 * Below 1 so that a second flaw which also touches one or two of those cases (an extra throw, a
 * different rounding) does not hide the first one.
 */
export const MATCH_SHARE = 0.75;

/**
 * In the "nearest" fallback, how many times nearer the mistake's value the learner's must be than
 * the expected one (measured on 282 reference mutants with unrelated bugs, none of which may be
 * named: at 1 a gross bug such as negating every output was named in 60 of them).
 */
const NEARER_BY = 10;

/** What a known mistake does on the cases of its tier where it differs from the reference. */
interface MistakeTrace {
  mistake: MatchedMistake & { tier: Tier };
  /** The telltale cases: where the mistake's own result fails the test. */
  telltales: { prepared: PreparedCase; outcome: ReferenceOutcome }[];
}

const traces = new WeakMap<PreparedExercise, MistakeTrace[]>();

/**
 * Runs every known mistake (trusted code, on the host) once over the cases of its tier and keeps
 * the cases where it fails. Done on the first diagnosis of an exercise in a grading process.
 */
function mistakeTraces(exercise: PreparedExercise): MistakeTrace[] {
  const cached = traces.get(exercise);
  if (cached) return cached;
  const cases = [...exercise.examples, ...exercise.hidden];
  const built = exercise.runtime.mistakes.map((mistake) => {
    const tier = mistake.tier;
    const telltales = cases
      .filter((prepared) => prepared.tier === tier)
      .map((prepared) => ({ prepared, outcome: runHostFunction(mistake.run[prepared.functionName], prepared.argsJson) }))
      .filter(({ prepared, outcome }) => failsCase(prepared, outcome, exercise));
    return { mistake: { id: mistake.id, title: mistake.title, hint: mistake.hint, tier }, telltales };
  });
  traces.set(exercise, built);
  return built;
}

function failsCase(prepared: PreparedCase, outcome: ReferenceOutcome, exercise: PreparedExercise): boolean {
  if (prepared.throws) return !outcome.threw;
  if (outcome.threw) return true;
  return !compareValues(prepared.expected, outcome.value, exercise.tolerance).ok;
}

/**
 * Does the learner's result on a telltale case look like the mistake's? "exact": the same value
 * within the exercise's tolerance. "nearest": the learner's wrong value is nearer the mistake's
 * than the expected one, for mistakes whose wrong values are rounding noise or depend on how a
 * formula is written (two ways of writing a one-pass variance give different garbage).
 */
function agrees(item: EvaluatedCase, outcome: ReferenceOutcome, exercise: PreparedExercise, mode: "exact" | "nearest"): boolean {
  const learner = item.learner;
  if (!learner) return false;
  // On a must-throw case the mistake's flaw is returning at all; any returned value agrees.
  if (item.prepared.throws) return !learner.threw;
  if (outcome.threw || learner.threw) return outcome.threw && learner.threw;
  if (compareValues(outcome.value, learner.value, exercise.tolerance).ok) return true;
  if (mode === "exact" || item.reason !== "wrong") return false;
  const toMistake = valueDistance(learner.value, outcome.value);
  return toMistake * NEARER_BY < valueDistance(learner.value, item.prepared.expected);
}

/**
 * Misconception diagnosis that survives other flaws. A known mistake of the given tier is named
 * when the learner's results agree with the mistake's own results on at least MATCH_SHARE of its
 * telltale cases (the cases of that tier where the mistake differs from the reference), whatever
 * happens on the other tests. Agreement: the same values within the exercise's tolerance, a throw
 * where the mistake throws, or any returned value where a must-throw case is answered.
 * Tie-break: the largest share agreed, then the most telltale cases agreed (the mistake that
 * explains more of the learner's failures), then the order of exercise.json (the first wins).
 * Cases the learner did not get to run (limits) never agree, so limits are not diagnosed.
 * Only when no mistake matches exactly is "nearer the mistake than the expected value" taken as
 * agreement (see agrees): an exact match always wins.
 */
export function diagnoseMistake(exercise: PreparedExercise, evaluated: EvaluatedCase[], tier: Tier): MatchedMistake | undefined {
  if (!evaluated.some((item) => item.reason === "wrong" || item.reason === "thrown")) return undefined;
  return bestMatch(exercise, evaluated, tier, "exact") ?? bestMatch(exercise, evaluated, tier, "nearest");
}

function bestMatch(exercise: PreparedExercise, evaluated: EvaluatedCase[], tier: Tier, mode: "exact" | "nearest"): MatchedMistake | undefined {
  const byCase = new Map(evaluated.map((item) => [item.prepared, item]));
  let best: { trace: MistakeTrace; share: number; agreed: number } | undefined;
  for (const trace of mistakeTraces(exercise)) {
    if (trace.mistake.tier !== tier || trace.telltales.length === 0) continue;
    let agreed = 0;
    for (const { prepared, outcome } of trace.telltales) {
      const item = byCase.get(prepared);
      if (item && agrees(item, outcome, exercise, mode)) agreed++;
    }
    const share = agreed / trace.telltales.length;
    if (agreed === 0 || share < MATCH_SHARE) continue;
    const better = !best || share > best.share || (share === best.share && agreed > best.agreed);
    if (better) best = { trace, share, agreed };
  }
  if (!best) return undefined;
  const { id, title, hint } = best.trace.mistake;
  return { id, title, hint };
}
