import { z } from "zod";
import { TIERS, VERDICTS } from "../lib/grading/types";

/** Messages from the web server (or CLI) to a grading process. */
export type GradeJob = {
  type: "grade";
  exerciseId: string;
  source: string;
  mode: "run" | "submit";
  /** Set by the pool when it grades again after the robustness tier got a process killed. */
  skipRobustness?: boolean;
};
export type DescribeJob = { type: "describe"; exerciseId: string };
/** Measures the reference's CPU cost in the sandbox (npm run measure:budgets, check:exercises). */
export type MeasureJob = { type: "measure"; exerciseId: string };
export type Job = GradeJob | DescribeJob | MeasureJob;
export type WorkerRequest = Job & { id: number };

export interface ExerciseSummary {
  exerciseId: string;
  examples: number;
  /** Hidden tests of the required tier (they decide the verdict). */
  hidden: number;
  /** Robustness checks (reported beside the verdict). */
  robustness: number;
  /** Problems with the exercise itself (reference disagreeing with stated values, ...). */
  authorErrors: string[];
}

export type WorkerErrorCode = "unknown_exercise" | "exercise_broken" | "internal";

/**
 * Everything that comes back from a grading process is untrusted input: it is parsed with
 * these schemas and capped, and anything else becomes an internal error.
 */
const text = (max: number) => z.string().max(max);

/**
 * Longest learner output kept as data (`actualValue`) for a visible example, so the page can plot
 * it; beyond it the example only has its rendered text.
 */
export const ACTUAL_VALUE_MAX_CHARS = 100_000;

const ZTestOutcome = z.object({
  name: text(200),
  kind: z.enum(["example", "fixed", "random"]),
  tier: z.enum(TIERS),
  hidden: z.boolean(),
  status: z.enum(["passed", "failed", "error"]),
  message: text(2000).nullable(),
  input: text(20_000).optional(),
  expected: text(2000).optional(),
  actual: text(2000).optional(),
  console: text(10_000).optional(),
  function: text(100).optional(),
  actualValue: text(ACTUAL_VALUE_MAX_CHARS).optional(),
});

const ZMatchedMistake = z.object({ id: text(100), title: text(200), hint: text(2000) });

export const ZGradeResult = z.object({
  exerciseId: text(100),
  mode: z.enum(["run", "submit"]),
  verdict: z.enum(VERDICTS),
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  notRun: z.number().int().min(0),
  durationMs: z.number().min(0),
  message: text(3000).nullable(),
  compileError: z.object({ message: text(1000), line: z.number().nullable(), column: z.number().nullable() }).optional(),
  tests: z.array(ZTestOutcome).max(500),
  failingCase: z
    .object({
      testName: text(200),
      input: text(20_000),
      expected: text(2000),
      actual: text(2000),
      message: text(2000),
      shrunk: z.boolean(),
      keepsState: z.boolean().optional(),
    })
    .optional(),
  mistake: ZMatchedMistake.optional(),
  robustness: z
    .object({ passed: z.number().int().min(0), total: z.number().int().min(0), mistake: ZMatchedMistake.optional(), stopped: text(3000).optional() })
    .optional(),
});

export const ZWorkerResponse = z.discriminatedUnion("ok", [
  // phase: a progress note (the robustness tier starts / ends), not the job's result.
  z.object({ id: z.number(), ok: z.literal(true), phase: z.enum(["robustness", "required"]).optional(), result: z.unknown().optional() }),
  z.object({ id: z.number(), ok: z.literal(false), code: z.enum(["unknown_exercise", "exercise_broken", "internal"]), message: text(5000) }),
]);

export const ZExerciseSummary = z.object({
  exerciseId: z.string(),
  examples: z.number(),
  hidden: z.number(),
  robustness: z.number(),
  authorErrors: z.array(z.string()),
});

export const ZReferenceCost = z.object({
  loadMs: z.number().min(0),
  maxCallMs: z.number().min(0),
  requiredMs: z.number().min(0),
  robustnessMs: z.number().min(0),
});
