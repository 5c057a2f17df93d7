import type { TLatePolicy, TScoring } from "@/lib/problem-sets/grading-rules";
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
  /** Points per exercise slug. */
  itemPoints: Record<string, number>;
  scoring: TScoring;
  latePolicy: TLatePolicy;
  latePenaltyPercent: number;
}
