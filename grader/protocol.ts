import { z } from "zod";

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
 * these schemas (and ZGradeResult, lib/grading/grade-result-schema.ts) and capped, and anything
 * else becomes an internal error.
 */
const text = (max: number) => z.string().max(max);

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
