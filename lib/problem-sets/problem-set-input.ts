import { z } from "zod";
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from "../courses/course-input";

export const PROBLEM_SET_STATUSES = ["draft", "published", "closed"] as const;
export type TProblemSetStatus = (typeof PROBLEM_SET_STATUSES)[number];

export const REVEAL_POLICIES = ["always", "never", "after_due"] as const;
export type TRevealPolicy = (typeof REVEAL_POLICIES)[number];

export const MAX_EXERCISES_PER_SET = 50;
/** A day: a longer wait between submits is no rate limit but a lock-out. */
export const MAX_SUBMIT_INTERVAL_SECONDS = 24 * 60 * 60;

// A Date is accepted too, so that parsed input can be validated again by the domain function.
const ZDate = z
  .union([z.date(), z.iso.datetime({ offset: true, message: "must be a date and time (ISO 8601)" }).transform((value) => new Date(value))])
  .nullable()
  .default(null);

/** A problem set's editable fields, as an instructor submits them (dates as ISO strings). */
export const ZProblemSetInput = z
  .object({
    title: z.string().trim().min(1, "give the set a title").max(MAX_TITLE_LENGTH, `at most ${MAX_TITLE_LENGTH} characters`),
    description: z.string().trim().max(MAX_DESCRIPTION_LENGTH, `at most ${MAX_DESCRIPTION_LENGTH} characters`).default(""),
    exerciseSlugs: z
      .array(z.string().min(1).max(100))
      .max(MAX_EXERCISES_PER_SET, `at most ${MAX_EXERCISES_PER_SET} exercises per set`)
      .refine((slugs) => new Set(slugs).size === slugs.length, "an exercise can appear only once")
      .default([]),
    opensAt: ZDate,
    dueAt: ZDate,
    revealFailingCase: z.enum(REVEAL_POLICIES).default("always"),
    submitIntervalSeconds: z
      .number()
      .int("whole seconds")
      .min(0)
      .max(MAX_SUBMIT_INTERVAL_SECONDS, `at most ${MAX_SUBMIT_INTERVAL_SECONDS} seconds (a day)`)
      .default(0),
    /** Items count as solved only when robust (both tiers passed), not merely accepted. */
    requireRobust: z.boolean().default(false),
    /**
     * Exam mode: while the set is open (published, opened, not yet closed; past the due date
     * too), its exercises reveal no failing hidden case to anyone but instructors and admins,
     * signed out or not, whatever course they are in (lib/problem-sets/find-submission-policy.ts).
     */
    isExam: z.boolean().default(false),
  })
  .refine((set) => !set.opensAt || !set.dueAt || set.dueAt > set.opensAt, { path: ["dueAt"], message: "the due date must come after the opening date" })
  .refine((set) => set.revealFailingCase !== "after_due" || set.dueAt !== null, {
    path: ["revealFailingCase"],
    message: "“after the due date” needs a due date",
  });

export type TProblemSetInput = z.input<typeof ZProblemSetInput>;
export type TProblemSetData = z.output<typeof ZProblemSetInput>;
