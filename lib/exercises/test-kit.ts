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

// ---- Typed cases: tsc checks every case against the reference's signatures ------------------

/** Every function is assignable to this (parameters are contravariant, so `never` accepts all). */
type AnyFunction = (...args: never[]) => unknown;

/** The names of a module's exported functions (a reference exports exactly the exercise's). */
export type FunctionNames<Module> = { [K in keyof Module]: Module[K] extends AnyFunction ? K : never }[keyof Module] & string;

/** A parameter as a case writes it: a function parameter takes fn("x => ...") or rng(seed). */
type CaseArgument<T> = T extends AnyFunction ? FunctionMarker | RngMarker : T;

/** The arguments tuple of a case calling `F` (optional parameters stay optional). */
export type CaseArgs<F extends AnyFunction> = CaseArguments<Parameters<F>>;
// A mapped type over a type parameter maps a tuple to a tuple (element by element).
type CaseArguments<Params extends readonly unknown[]> = { [I in keyof Params]: CaseArgument<Params[I]> };

type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;

/** What a case of `Module` names: optional when it exports one function, required when several. */
type Called<Module, Name extends FunctionNames<Module>> = true extends IsUnion<FunctionNames<Module>> ? { function: Name } : { function?: Name };

type FixedCaseCalling<Module, Name extends FunctionNames<Module>> = Omit<FixedCase, "function" | "args" | "expected"> &
  Called<Module, Name> & {
    args: CaseArgs<Extract<Module[Name], AnyFunction>>;
    expected?: ReturnType<Extract<Module[Name], AnyFunction>>;
  };

type RandomCasesCalling<Module, Name extends FunctionNames<Module>> = Omit<RandomCases, "function" | "args"> &
  Called<Module, Name> & {
    args: (fcModule: typeof fc) => fc.Arbitrary<CaseArgs<Extract<Module[Name], AnyFunction>>>;
  };

/** A fixed case of an exercise whose reference module is `Module`, checked against the function it calls. */
export type TypedFixedCase<Module> = { [Name in FunctionNames<Module>]: FixedCaseCalling<Module, Name> }[FunctionNames<Module>];
export type TypedRandomCases<Module> = { [Name in FunctionNames<Module>]: RandomCasesCalling<Module, Name> }[FunctionNames<Module>];

export interface TypedTestSuite<Module> {
  fixed: TypedFixedCase<Module>[];
  random?: TypedRandomCases<Module> | TypedRandomCases<Module>[];
}

/**
 * An exercise's hidden tests, typed by its reference:
 *   export default defineTests<typeof import("./reference")>({ fixed: [...], random: {...} });
 * tsc (npm run typecheck) then checks each case's function name, argument tuple and expected
 * value against the function it calls. A case that must throw for arguments the signature
 * forbids (null, a string) says so with badArgs([...]).
 */
export function defineTests<Module>(suite: TypedTestSuite<Module>): TestSuite {
  return suite as unknown as TestSuite;
}

/**
 * Arguments that deliberately break the signature (a learner's function must reject them at
 * run time): the one way past tsc's check of a case, so reviewers see each one.
 */
export function badArgs<Args>(args: unknown[]): Args {
  return args as Args;
}

/** A function argument, written as JavaScript source; it is evaluated inside the sandbox. */
export function fn(source: string): FunctionMarker {
  return { $fn: source };
}

/** A deterministic uniform generator in [0, 1) (mulberry32) for exercises that take `rng`. */
export function rng(seed: number): RngMarker {
  return { $rng: seed };
}
