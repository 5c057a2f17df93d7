import type { TProblemSetStatus, TRevealPolicy } from "@/lib/problem-sets/problem-set-input";

/** A problem set as the set editor and its status actions hold it (dates as ISO strings). */
export interface EditorSet {
  id: string;
  title: string;
  description: string;
  status: TProblemSetStatus;
  opensAt: string | null;
  dueAt: string | null;
  revealFailingCase: TRevealPolicy;
  submitIntervalSeconds: number;
  requireRobust: boolean;
  isExam: boolean;
  exerciseSlugs: string[];
}
