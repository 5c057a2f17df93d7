/**
 * What an exercise's tests.ts imports. Hidden tests are data: fixed cases and a property-based
 * generator of random cases. Expected values come from the reference solution unless a case
 * states them (do, when a value is known from outside: the loader checks the reference agrees).
 */
import type * as fc from "fast-check";
import type { Tier } from "../grading/types";
import type { FunctionMarker, RngMarker } from "./values";

export type { Tier };

export interface FixedCase {
  name: string;
  /** The function this case calls: required when the exercise exports several (track projects). */
  function?: string;
  args: unknown[];
  /**
   * "required" (the default): within the catalog row and its Conventions, decides the verdict.
   * "robustness": validation beyond the catalog (ragged, NaN, fractional, out of range),
   * degenerate data, domain edges, magnitudes the row does not state. Reported, never deciding.
   */
  tier?: Tier;
  /** The learner's function must throw an Error for these arguments. */
  throws?: boolean;
  /** A value known independently of the reference (textbook, closed form). */
  expected?: unknown;
}

export interface RandomCases {
  /** The function these cases call: required when the exercise exports several. */
  function?: string;
  /** Recorded seed: random cases are the same on every run and every machine. */
  seed: number;
  count: number;
  /** As for fixed cases; random cases are ordinary inputs, so nearly always "required". */
  tier?: Tier;
  /** The arguments tuple. Use arbitraries that shrink well (integers mapped to decimals, arrays). */
  args: (fcModule: typeof fc) => fc.Arbitrary<unknown[]>;
}

export interface TestSuite {
  fixed: FixedCase[];
  /** One generator, or one per function of a multi-function exercise. */
  random?: RandomCases | RandomCases[];
}

export function defineTests(suite: TestSuite): TestSuite {
  return suite;
}

/** A function argument, written as JavaScript source; it is evaluated inside the sandbox. */
export function fn(source: string): FunctionMarker {
  return { $fn: source };
}

/** A deterministic uniform generator in [0, 1) (mulberry32) for exercises that take `rng`. */
export function rng(seed: number): RngMarker {
  return { $rng: seed };
}
