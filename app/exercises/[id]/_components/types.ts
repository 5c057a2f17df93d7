import type { SubmissionSummary } from "@/lib/submissions/list-submissions";

/** One past submission in the History panel: the summary with its date as an ISO string (it crosses to the client). */
export type HistoryEntry = Omit<SubmissionSummary, "createdAt"> & { createdAt: string };

/** A file of helpers the learner is given: shown read-only, and declared to Monaco so calls type-check. */
export interface GivenSource {
  /** Path under exercises/, e.g. "statistics/given.ts". */
  file: string;
  source: string;
}
