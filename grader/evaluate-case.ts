import { decodeValue, formatValue } from "../lib/exercises/values";
import type { TestOutcome } from "../lib/grading/types";
import type { PreparedCase } from "./cases";
import { compareValues } from "./compare";
import { ACTUAL_VALUE_MAX_CHARS } from "../lib/grading/grade-result-schema";
import type { TComparison } from "../lib/exercises/schema";
import type { CallOutcome } from "./sandbox";

/** Why a test did not pass; decides the verdict. */
export type FailureReason = "wrong" | "thrown" | "misuse" | "timeout" | "memory" | "output";

export interface EvaluatedCase {
  prepared: PreparedCase;
  outcome: TestOutcome;
  reason: FailureReason | null;
  /** The learner's decoded value, or the fact that it threw: what mistakes are matched against. */
  learner: { threw: false; value: unknown } | { threw: true } | null;
  /** The case was never called (a limit ended its tier first): nothing of it may be revealed. */
  notRun?: true;
}

/** Compares one sandbox outcome with the case's expectation. */
export function evaluateCase(
  prepared: PreparedCase,
  call: CallOutcome,
  tolerance: TComparison,
  renderInput: (prepared: PreparedCase) => string,
): EvaluatedCase {
  // Rendering is the costliest host step for big inputs: done for visible and failing tests only.
  const details = () => ({
    input: renderInput(prepared),
    expected: prepared.throws ? "an Error is thrown" : formatValue(prepared.expected),
  });
  // A visible example's output also travels as data (encoded JSON) for the page's plots; never a
  // hidden test's: the learner view must have nothing of it to strip.
  const keepsValue = !prepared.hidden && call.kind === "value" && call.json.length <= ACTUAL_VALUE_MAX_CHARS;
  const base = { name: prepared.name, kind: prepared.kind, tier: prepared.tier, hidden: prepared.hidden, ...(keepsValue ? { actualValue: call.json } : {}) };
  const passed = (actual: () => string, learner: EvaluatedCase["learner"]): EvaluatedCase => ({
    prepared,
    reason: null,
    learner,
    outcome: { ...base, ...(prepared.hidden ? {} : { ...details(), actual: actual() }), status: "passed", message: null },
  });
  const fail = (reason: FailureReason, message: string, actual?: string, learner: EvaluatedCase["learner"] = null): EvaluatedCase => ({
    prepared,
    reason,
    learner,
    outcome: { ...base, ...details(), status: reason === "wrong" ? "failed" : "error", message, ...(actual !== undefined ? { actual } : {}) },
  });

  switch (call.kind) {
    case "value": {
      const actual = safeDecode(call.json);
      if (prepared.throws) {
        const rendered = formatValue(actual);
        return fail("wrong", `expected an Error to be thrown for this input, but your function returned ${rendered}`, rendered, {
          threw: false,
          value: actual,
        });
      }
      const comparison = compareValues(prepared.expected, actual, tolerance);
      if (comparison.ok) return passed(() => formatValue(actual), { threw: false, value: actual });
      return fail("wrong", comparison.message, formatValue(actual), { threw: false, value: actual });
    }
    case "thrown":
      if (prepared.throws) return passed(() => `threw ${call.message}`, { threw: true });
      return fail("thrown", `your function threw ${call.message}`, `threw ${call.message}`, { threw: true });
    case "misuse":
    case "compile_error":
      return fail("misuse", call.message);
    case "output_limit":
      return fail("output", `output limit exceeded: ${call.message}`);
    case "timeout":
      return fail("timeout", `time limit exceeded: ${call.message}`);
    case "memory":
      return fail("memory", `memory limit exceeded: ${call.message}`);
  }
}

function safeDecode(json: string): unknown {
  try {
    // Most outputs carry no markers ({"$num": ...}): skip the copying walk for them.
    return json.includes('"$') ? decodeValue(JSON.parse(json)) : JSON.parse(json);
  } catch {
    return undefined;
  }
}
