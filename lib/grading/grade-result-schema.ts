import { z } from "zod";
import { TIERS, VERDICTS } from "./verdicts";

/**
 * The grade result as a zod schema: the one definition of its shape. A grading process is
 * untrusted, so the pool parses every result with it (sizes capped, anything else is an internal
 * error); lib/grading/types.ts derives the TypeScript types from it with z.infer.
 */
const text = (max: number) => z.string().max(max);

/**
 * Longest learner output kept as data (`actualValue`) for a visible example, so the page can plot
 * it; beyond it the example only has its rendered text.
 */
export const ACTUAL_VALUE_MAX_CHARS = 100_000;

export const ZTestOutcome = z.object({
  name: text(200),
  kind: z.enum(["example", "fixed", "random"]),
  tier: z.enum(TIERS),
  hidden: z.boolean(),
  status: z.enum(["passed", "failed", "error"]),
  /** What a learner needs to fix it: shape first, else worst element and error sizes. */
  message: text(2000).nullable(),
  /** Rendered input / expected / actual. Present for visible examples; for hidden tests only
   * on the host side (the learner view strips them except for the revealed failing case). */
  input: text(20_000).optional(),
  expected: text(2000).optional(),
  actual: text(2000).optional(),
  /** Console output captured during this test (visible examples only). */
  console: text(10_000).optional(),
  /** The function the test called (multi-function exercises only). */
  function: text(100).optional(),
  /** The returned value as encoded JSON (lib/exercises/values.ts), for plots: visible examples
   * only, capped in size; never present on a hidden test. */
  actualValue: text(ACTUAL_VALUE_MAX_CHARS).optional(),
});

export const ZMatchedMistake = z.object({ id: text(100), title: text(200), hint: text(2000) });

/** The first failing hidden case, shrunk to a small input when it was a random case. */
export const ZFailingCase = z.object({
  testName: text(200),
  input: text(20_000),
  expected: text(2000),
  actual: text(2000),
  message: text(2000),
  shrunk: z.boolean(),
  /** The case passes when run alone: it fails only after earlier calls (no values are shown). */
  keepsState: z.boolean().optional(),
});

/**
 * The robustness tier of a submit: run after the required tier in a fresh context with its own
 * CPU budget. Its checks are not secrets (they teach), so failing ones travel in full in `tests`.
 */
export const ZRobustnessReport = z.object({
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  /** A known mistake that only the robustness tier can see, when the learner's results match it. */
  mistake: ZMatchedMistake.optional(),
  /** Why the tier stopped early (a limit), or why it did not run (the required tier hit a limit). */
  stopped: text(3000).optional(),
});

export const ZGradeResult = z.object({
  exerciseId: text(100),
  /** "run" grades the visible examples only; "submit" grades everything. */
  mode: z.enum(["run", "submit"]),
  /** Decided by the required tier alone. */
  verdict: z.enum(VERDICTS),
  /** Tests of the required tier (examples included) that passed, out of `total`. */
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Tests of the full suite that this mode did not run (hidden tests on "run"). */
  notRun: z.number().int().min(0),
  durationMs: z.number().min(0),
  message: text(3000).nullable(),
  compileError: z.object({ message: text(1000), line: z.number().nullable(), column: z.number().nullable() }).optional(),
  tests: z.array(ZTestOutcome).max(500),
  failingCase: ZFailingCase.optional(),
  /** The known mistake of the required tier that the learner's results reproduce. */
  mistake: ZMatchedMistake.optional(),
  /** Submit only (absent on run and when the code did not load). */
  robustness: ZRobustnessReport.optional(),
});
