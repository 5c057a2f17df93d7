import * as fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { ExerciseRuntime } from "../lib/exercises/load-runtime";
import { entryFunctions, resolveCaseFunction, UNMEASURED_LIMITS, type TComparison, type TLimits } from "../lib/exercises/schema";
import { decodeValue, encodeValue, hostMaterializers } from "../lib/exercises/values";
import type { TestKind, Tier } from "../lib/grading/types";
import { compareValues } from "./compare";

export interface PreparedCase {
  name: string;
  /** The exported function this case calls. */
  functionName: string;
  kind: TestKind;
  tier: Tier;
  hidden: boolean;
  /** Encoded arguments, exactly what the sandbox receives. */
  argsJson: string;
  throws: boolean;
  /** Decoded expected value (absent for must-throw cases). */
  expected?: unknown;
  /** For random cases: the fast-check value with its shrinking context, and its arbitrary. */
  generated?: fc.Value<unknown[]>;
  arbitrary?: fc.Arbitrary<unknown[]>;
}

export interface PreparedExercise {
  runtime: ExerciseRuntime;
  tolerance: TComparison;
  /** CPU limits stored in exercise.json (derived from the reference), or the historical ones. */
  limits: TLimits;
  /** Parameter names of each function's signature, for rendering inputs. */
  parameterNames: Record<string, string[]>;
  /** More than one exported function: rendered inputs then start with the call. */
  isMultiFunction: boolean;
  examples: PreparedCase[];
  /** Hidden cases of both tiers, in the order tests.ts gives them. */
  hidden: PreparedCase[];
  /** Problems in the exercise itself (reference disagrees with a stated value, ...). */
  authorErrors: string[];
}

export type ReferenceOutcome = { threw: false; value: unknown } | { threw: true; message: string };

/** Runs trusted host code (reference or known mistake) on encoded arguments, fresh each time. */
export function runHostFunction(run: (...args: unknown[]) => unknown, argsJson: string): ReferenceOutcome {
  const args = decodeValue(JSON.parse(argsJson), hostMaterializers) as unknown[];
  try {
    // Round-trip through the wire encoding so the reference's output looks like a learner's.
    return { threw: false, value: decodeValue(encodeValue(run(...args))) };
  } catch (error) {
    return { threw: true, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Builds every test case of an exercise with its expected value from the reference. Done once
 * per grading process and exercise; random cases come from the recorded seed, so they are the
 * same everywhere.
 */
export function prepareExercise(runtime: ExerciseRuntime): PreparedExercise {
  const { meta, examples } = runtime.content;
  const authorErrors: string[] = [];
  const tolerance = meta.comparison;
  const functions = entryFunctions(meta);

  const prepare = (
    name: string,
    functionName: string,
    kind: TestKind,
    tier: Tier,
    args: unknown[],
    throws: boolean,
    stated?: { value: unknown },
  ): PreparedCase => {
    const argsJson = JSON.stringify(encodeValue(args));
    const outcome = runHostFunction(runtime.reference[functionName], argsJson);
    const label = `${kind} case "${name}"`;
    const base = { name, functionName, kind, tier, hidden: kind !== "example", argsJson, throws };
    if (throws) {
      if (!outcome.threw) authorErrors.push(`${label} must throw, but the reference returned a value`);
      return base;
    }
    if (outcome.threw) {
      authorErrors.push(`${label}: the reference threw "${outcome.message}"`);
      return { ...base, expected: null };
    }
    if (stated) {
      const comparison = compareValues(stated.value, outcome.value, tolerance);
      if (!comparison.ok) authorErrors.push(`${label}: the reference disagrees with the stated expected value: ${comparison.message}`);
    }
    // A stated value is the contract the learner sees; otherwise the reference decides.
    return { ...base, expected: stated ? stated.value : outcome.value };
  };
  // The loader and the runtime have validated every case's function: this only picks it.
  const functionOf = (declared: string | undefined): string => {
    const resolved = resolveCaseFunction(Object.keys(runtime.reference), declared);
    if ("error" in resolved) throw new Error(resolved.error);
    return resolved.name;
  };

  const preparedExamples = examples.map((example) =>
    prepare(
      example.name,
      functionOf(example.function),
      "example",
      "required",
      example.args,
      example.throws === true,
      example.throws ? undefined : { value: example.expected },
    ),
  );
  const hidden = runtime.suite.fixed.map((fixed) =>
    prepare(
      fixed.name,
      functionOf(fixed.function),
      "fixed",
      fixed.tier ?? "required",
      fixed.args,
      fixed.throws === true,
      "expected" in fixed ? { value: decodeValue(fixed.expected) } : undefined,
    ),
  );

  for (const random of runtime.randomSuites) {
    const arbitrary = random.args(fc);
    const mrng = new fc.Random(xoroshiro128plus(random.seed));
    // Single-function exercises keep their historical names ("random #3").
    const prefix = functions.length > 1 ? `${random.function}: ` : "";
    for (let i = 0; i < random.count; i++) {
      const generated = arbitrary.generate(mrng, undefined);
      const prepared = prepare(`${prefix}random #${i + 1}`, random.function, "random", random.tier ?? "required", generated.value, false);
      hidden.push({ ...prepared, generated, arbitrary });
    }
  }

  return {
    runtime,
    tolerance,
    limits: meta.limits ?? UNMEASURED_LIMITS,
    parameterNames: Object.fromEntries(functions.map((spec) => [spec.name, parameterNamesOf(spec.signature)])),
    isMultiFunction: functions.length > 1,
    examples: preparedExamples,
    hidden,
    authorErrors,
  };
}

/** "(z: number[], eps?: number) => number" -> ["z", "eps"]; nested function types are skipped. */
export function parameterNamesOf(signature: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = signature.indexOf("("); i < signature.length; i++) {
    const char = signature[i];
    const isArrow = char === ">" && signature[i - 1] === "=";
    if ("([{<".includes(char)) depth++;
    if (")]}>".includes(char) && !isArrow) depth--;
    if (depth === 0) break;
    if (depth === 1 && (char === "," || char === "(")) {
      if (char === ",") names.push(current);
      current = "";
    } else current += char;
  }
  if (current.trim()) names.push(current);
  return names.map((part) => part.trim().split(/[?:\s]/)[0]);
}
