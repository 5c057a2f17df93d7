import type { Verdict } from "@/lib/grading/types";

/** One past submission in the History panel (dates as ISO strings: they cross to the client). */
export interface HistoryEntry {
  id: string;
  verdict: Verdict;
  passed: number;
  total: number;
  robustPassed: number;
  robustTotal: number;
  durationMs: number;
  createdAt: string;
}

/** A file of helpers the learner is given: shown read-only, and declared to Monaco so calls type-check. */
export interface GivenSource {
  /** Path under exercises/, e.g. "statistics/given.ts". */
  file: string;
  source: string;
}
