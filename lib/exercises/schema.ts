import { z } from "zod";

/** Tracks of the catalog, in the order they are taught (ids are the catalog's track slugs). */
export const TRACKS = [
  { id: "calculus", title: "Calculus and pre-calculus" },
  { id: "multivariate-calculus", title: "Multivariate calculus" },
  { id: "linear-algebra", title: "Linear algebra" },
  { id: "probability", title: "Probability" },
  { id: "statistics", title: "Statistics and inference" },
  { id: "ml-math", title: "Math inside ML algorithms" },
  { id: "deep-learning", title: "Deep-learning operations" },
  { id: "projects", title: "Applied projects on real data" },
] as const;

export const ZTrackId = z.enum(TRACKS.map((track) => track.id) as [string, ...string[]]);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single dashes)");

export const ZComparison = z
  .object({
    rtol: z.number().min(0).max(1).default(1e-6).describe("relative tolerance, as numpy.allclose"),
    atol: z.number().min(0).max(1).default(1e-9).describe("absolute tolerance, as numpy.allclose"),
  })
  .strict();

export const ZMistake = z
  .object({
    id: slug.describe("file name under mistakes/, without .ts"),
    title: z.string().min(3).max(120).describe("the misconception in a few words"),
    hint: z.string().min(20).max(1200).describe("one targeted paragraph shown when a submission matches it"),
    tier: z
      .enum(["required", "robustness"])
      .default("required")
      .describe("the tier whose tests reject it: required (the verdict) or robustness (named in the robustness report)"),
  })
  .strict();

/**
 * CPU time limits of a submission, stored in exercise.json by `npm run measure:budgets` from the
 * reference's own cost in the sandbox (grader/derive-limits.ts): deterministic, reviewable, and
 * stated on the exercise page. `check:exercises` fails when one is too tight for the reference.
 */
export const ZLimits = z
  .object({
    callMs: z.number().int().min(10).max(1000).describe("CPU per call of the learner's function (and for loading the module)"),
    submissionMs: z.number().int().min(50).max(5000).describe("CPU for all the required tests of one submission"),
    robustnessMs: z.number().int().min(50).max(5000).describe("CPU for the robustness checks, a budget of their own"),
  })
  .strict();

/**
 * The limits of an exercise with no stored `limits` (one being written, before
 * `npm run measure:budgets`): the grader's historical ones.
 */
export const UNMEASURED_LIMITS = { callMs: 1000, submissionMs: 3000, robustnessMs: 3000 } as const;

const identifier = z.string().regex(/^[A-Za-z_$][\w$]*$/, "must be a JavaScript identifier");

export const ZFunctionSpec = z
  .object({
    name: identifier,
    signature: z.string().min(5).describe("exactly as in the catalog (track projects: designed in the exercise)"),
  })
  .strict();

const exampleRef = z.string().min(1).max(120).describe("the `name` of a visible example in examples.json");

/**
 * A chart on the exercise page, drawn from the learner's Run result of one visible example (its
 * actual value) next to the example's expected value. The shapes each type reads are fixed:
 *   fit-line            args [X, y, ...], result { weights, bias }: scatter of column `x` of X
 *                       against y, with the fitted line (other features held at their means);
 *                       `compare` names a second example on the same X and y whose learner
 *                       line is drawn on the same chart (two fits of one data set, compared)
 *   loss-curve          result { losses: number[] }: loss per epoch
 *   group-distribution  result Record<group, { mean, std, ... }>: per-group mean ± std
 *   correlation-matrix  args [rows, keys], result number[][]: a heat map labelled by keys
 */
export const ZPlot = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("fit-line"),
      example: exampleRef,
      x: z.number().int().min(0).default(0).describe("the column of X on the horizontal axis"),
      xLabel: z.string().max(60).optional(),
      yLabel: z.string().max(60).optional(),
      label: z.string().max(40).optional().describe('what this example\'s line is, in the legend (e.g. "normal equation")'),
      compare: z
        .object({
          example: exampleRef.describe("another visible example fitted on the same X and y"),
          label: z.string().max(40).describe('what that line is, in the legend (e.g. "gradient descent, 40 epochs")'),
        })
        .strict()
        .optional()
        .describe("draw the learner's model from a second example on the same plot, to compare two fits of the same data"),
    })
    .strict(),
  z.object({ type: z.literal("loss-curve"), example: exampleRef }).strict(),
  z.object({ type: z.literal("group-distribution"), example: exampleRef, yLabel: z.string().max(60).optional() }).strict(),
  z.object({ type: z.literal("correlation-matrix"), example: exampleRef }).strict(),
]);

/** exercise.json: everything about an exercise that is not code or prose. */
export const ZExerciseMeta = z
  .object({
    $schema: z.string().optional(),
    uuid: z.uuid().describe("stable identity; the database keys on it, so renaming a folder loses nothing"),
    id: slug.describe("the catalog id: folder name and URL slug"),
    title: z.string().min(2).max(80),
    track: ZTrackId,
    difficulty: z.enum(["easy", "medium", "hard"]),
    tags: z.array(slug).max(8).default([]),
    function: ZFunctionSpec.optional().describe("the one exported function (every exercise but the projects)"),
    functions: z
      .array(ZFunctionSpec)
      .min(2, "list two or more functions (one function goes in `function`)")
      .max(6)
      .optional()
      .describe("a multi-function exercise (track projects): every exported function, in teaching order"),
    comparison: ZComparison.default({ rtol: 1e-6, atol: 1e-9 }),
    limits: ZLimits.optional().describe("CPU time limits derived from the reference: written by `npm run measure:budgets`, never by hand"),
    mistakes: z.array(ZMistake).min(2, "ship at least two known mistakes"),
    plots: z.array(ZPlot).max(6).optional().describe("charts drawn on the page from a Run's results of visible examples"),
    given: z
      .array(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?\/given\.ts$/, 'must be "<track>/given.ts" or "<track>/<exercise>/given.ts"'))
      .max(4)
      .optional()
      .describe("helpers the learner is given, shown read-only beside the editor and supplied to the sandbox: paths of given.ts files under exercises/"),
  })
  .strict()
  .superRefine((meta, context) => {
    if ((meta.function === undefined) === (meta.functions === undefined)) {
      context.addIssue({ code: "custom", message: "give either `function` or `functions` (two or more), not both and not neither" });
    }
    const names = (meta.functions ?? []).map((spec) => spec.name);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated) context.addIssue({ code: "custom", path: ["functions"], message: `function "${repeated}" is listed twice` });
  });

export type TExerciseMeta = z.infer<typeof ZExerciseMeta>;
export type TComparison = z.infer<typeof ZComparison>;
export type TLimits = z.infer<typeof ZLimits>;
export type TMistake = z.infer<typeof ZMistake>;
export type TFunctionSpec = z.infer<typeof ZFunctionSpec>;
export type TPlot = z.infer<typeof ZPlot>;

/** The exported functions of an exercise, whichever shape its exercise.json uses. */
export function entryFunctions(meta: Pick<TExerciseMeta, "function" | "functions">): TFunctionSpec[] {
  return meta.functions ?? (meta.function ? [meta.function] : []);
}

/** One visible example in examples.json: shown in full to the learner. */
export const ZExample = z
  .object({
    name: z.string().min(1).max(120),
    args: z.array(z.unknown()),
    expected: z.unknown().optional(),
    throws: z.boolean().optional(),
    function: identifier.optional().describe("the function this example calls (required when the exercise has several)"),
  })
  .strict()
  .refine((example) => example.throws === true || "expected" in example, "give `expected` or `throws: true`");

/** At most 6 per function (checked by the loader), so 18 for a three-function project. */
export const ZExamples = z.array(ZExample).min(1).max(18);
export type TExample = z.infer<typeof ZExample>;

/**
 * The function a test case (example, fixed or random) calls: its own `function` field, else the
 * exercise's only function. A multi-function exercise must name it on every case.
 */
export function resolveCaseFunction(names: string[], declared: string | undefined): { name: string } | { error: string } {
  if (declared === undefined) {
    return names.length === 1 ? { name: names[0] } : { error: `say which function it calls ("function": one of ${names.join(", ")})` };
  }
  return names.includes(declared) ? { name: declared } : { error: `"function": "${declared}" is not one of the exercise's functions (${names.join(", ")})` };
}
