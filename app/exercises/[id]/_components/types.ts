import type { TRevealPolicy } from "@/lib/problem-sets/problem-set-input";
import type { SubmissionSummary } from "@/lib/submissions/list-submissions";

/** One past submission in the History panel: the summary with its date as an ISO string (it crosses to the client). */
export type HistoryEntry = Omit<SubmissionSummary, "createdAt"> & { createdAt: string };

/** A file of helpers the learner is given: shown read-only, and declared to Monaco so calls type-check. */
export interface GivenSource {
  /** Path under exercises/, e.g. "statistics/given.ts". */
  file: string;
  source: string;
}

/** The rules of the set an exercise was opened from, shown beside Submit. */
export interface SetRules {
  revealFailingCase: TRevealPolicy;
  submitIntervalSeconds: number;
  requireRobust: boolean;
  isExam: boolean;
}

/** What the workspace shows of the set an exercise was opened from. */
export interface WorkspaceSetContext {
  next: { href: string; title: string } | null;
  setHref: string;
  setTitle: string;
  /** The set's rules, beside Submit; null when the set is closed (practice). */
  rules: SetRules | null;
}
