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
  })
  .strict();

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
    function: z
      .object({
        name: z.string().regex(/^[A-Za-z_$][\w$]*$/, "must be a JavaScript identifier"),
        signature: z.string().min(5).describe("exactly as in the catalog"),
      })
      .strict(),
    comparison: ZComparison.default({ rtol: 1e-6, atol: 1e-9 }),
    mistakes: z.array(ZMistake).min(2, "ship at least two known mistakes"),
  })
  .strict();

export type TExerciseMeta = z.infer<typeof ZExerciseMeta>;
export type TComparison = z.infer<typeof ZComparison>;
export type TMistake = z.infer<typeof ZMistake>;

/** One visible example in examples.json: shown in full to the learner. */
export const ZExample = z
  .object({
    name: z.string().min(1).max(120),
    args: z.array(z.unknown()),
    expected: z.unknown().optional(),
    throws: z.boolean().optional(),
  })
  .strict()
  .refine((example) => example.throws === true || "expected" in example, "give `expected` or `throws: true`");

export const ZExamples = z.array(ZExample).min(1).max(6);
export type TExample = z.infer<typeof ZExample>;
