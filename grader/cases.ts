import * as fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { ExerciseRuntime } from "../lib/exercises/load-runtime";
import type { TComparison } from "../lib/exercises/schema";
import { decodeValue, encodeValue, hostMaterializers } from "../lib/exercises/values";
import type { TestKind } from "../lib/grading/types";
import { compareValues } from "./compare";

export interface PreparedCase {
  name: string;
  kind: TestKind;
  hidden: boolean;
  /** Encoded arguments, exactly what the sandbox receives. */
  argsJson: string;
  throws: boolean;
  /** Decoded expected value (absent for must-throw cases). */
  expected?: unknown;
  /** For random cases: the fast-check value with its shrinking context. */
  generated?: fc.Value<unknown[]>;
}

export interface PreparedExercise {
  runtime: ExerciseRuntime;
  functionName: string;
  tolerance: TComparison;
  parameterNames: string[];
  examples: PreparedCase[];
  hidden: PreparedCase[];
  arbitrary: fc.Arbitrary<unknown[]> | null;
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
  const reference = runtime.reference;

  const prepare = (name: string, kind: TestKind, args: unknown[], throws: boolean, stated?: { value: unknown }): PreparedCase => {
    const argsJson = JSON.stringify(encodeValue(args));
    const outcome = runHostFunction(reference, argsJson);
    const label = `${kind} case "${name}"`;
    if (throws) {
      if (!outcome.threw) authorErrors.push(`${label} must throw, but the reference returned a value`);
      return { name, kind, hidden: kind !== "example", argsJson, throws };
    }
    if (outcome.threw) {
      authorErrors.push(`${label}: the reference threw "${outcome.message}"`);
      return { name, kind, hidden: kind !== "example", argsJson, throws, expected: null };
    }
    if (stated) {
      const comparison = compareValues(stated.value, outcome.value, tolerance);
      if (!comparison.ok) authorErrors.push(`${label}: the reference disagrees with the stated expected value: ${comparison.message}`);
    }
    // A stated value is the contract the learner sees; otherwise the reference decides.
    return { name, kind, hidden: kind !== "example", argsJson, throws, expected: stated ? stated.value : outcome.value };
  };

  const preparedExamples = examples.map((example) =>
    prepare(example.name, "example", example.args, example.throws === true, example.throws ? undefined : { value: example.expected }),
  );
  const hidden = runtime.suite.fixed.map((fixed) =>
    prepare(fixed.name, "fixed", fixed.args, fixed.throws === true, "expected" in fixed ? { value: decodeValue(fixed.expected) } : undefined),
  );

  let arbitrary: fc.Arbitrary<unknown[]> | null = null;
  const random = runtime.suite.random;
  if (random) {
    arbitrary = random.args(fc);
    const mrng = new fc.Random(xoroshiro128plus(random.seed));
    for (let i = 0; i < random.count; i++) {
      const generated = arbitrary.generate(mrng, undefined);
      const prepared = prepare(`random #${i + 1}`, "random", generated.value, false);
      hidden.push({ ...prepared, generated });
    }
  }

  return {
    runtime,
    functionName: meta.function.name,
    tolerance,
    parameterNames: parameterNamesOf(meta.function.signature),
    examples: preparedExamples,
    hidden,
    arbitrary,
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
