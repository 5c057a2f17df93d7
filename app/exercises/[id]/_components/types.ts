import type { SubmissionSummary } from "@/lib/submissions/list-submissions";

/** One past submission in the History panel: the summary with its date as an ISO string (it crosses to the client). */
export type HistoryEntry = Omit<SubmissionSummary, "createdAt"> & { createdAt: string };
