import { z } from "zod";
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from "../courses/course-input";
import { LATE_POLICIES, MAX_ITEM_POINTS, SCORING_MODES } from "./grading-rules";

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
    /** All-or-nothing, or partial credit (share of required tests passed by the best submission). */
    scoring: z.enum(SCORING_MODES).default("all_or_nothing"),
    /** Work after a learner's due date: counted ("accept"), counted with a penalty, or not counted ("refuse"). */
    latePolicy: z.enum(LATE_POLICIES).default("accept"),
    latePenaltyPercent: z.number().int("a whole percent").min(0).max(100, "at most 100%").default(0),
    /** Points per exercise slug; an exercise not listed is worth 1. */
    itemPoints: z
      .record(
        z.string().min(1).max(100),
        z.number().int("whole points").min(0, "points cannot be negative").max(MAX_ITEM_POINTS, `at most ${MAX_ITEM_POINTS} points`),
      )
      .default({}),
  })
  .refine((set) => !set.opensAt || !set.dueAt || set.dueAt > set.opensAt, { path: ["dueAt"], message: "the due date must come after the opening date" })
  .refine((set) => set.latePolicy !== "penalty" || set.latePenaltyPercent > 0, {
    path: ["latePenaltyPercent"],
    message: "a late penalty needs a percentage above 0",
  })
  .refine((set) => set.latePolicy === "accept" || set.dueAt !== null, { path: ["latePolicy"], message: "a late policy needs a due date" })
  .refine((set) => set.revealFailingCase !== "after_due" || set.dueAt !== null, {
    path: ["revealFailingCase"],
    message: "“after the due date” needs a due date",
  });

export type TProblemSetInput = z.input<typeof ZProblemSetInput>;
export type TProblemSetData = z.output<typeof ZProblemSetInput>;
