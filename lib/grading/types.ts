/**
 * The grade result contract shared by the grader, the database layer, the API and the UI.
 * A learner's failure is data, never an exception. The types are derived from the zod schema
 * (grade-result-schema.ts) that the pool parses every result with, so the two cannot drift;
 * imports here are type-only, so client components that read the labels do not load zod.
 */
import type { z } from "zod";
import type { ZFailingCase, ZGradeResult, ZMatchedMistake, ZRobustnessReport, ZTestOutcome } from "./grade-result-schema";

export { TIERS, VERDICTS, VERDICT_LABELS, type Tier, type Verdict } from "./verdicts";

export type GradeResult = z.infer<typeof ZGradeResult>;
export type TestOutcome = z.infer<typeof ZTestOutcome>;
export type FailingCase = z.infer<typeof ZFailingCase>;
export type MatchedMistake = z.infer<typeof ZMatchedMistake>;
export type RobustnessReport = z.infer<typeof ZRobustnessReport>;

export type TestStatus = TestOutcome["status"];
export type TestKind = TestOutcome["kind"];
/** "run" grades the visible examples only; "submit" grades everything. */
export type GradeMode = GradeResult["mode"];
