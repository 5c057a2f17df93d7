import { isAppError } from "@/lib/errors";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { listProgress } from "@/lib/progress/list-progress";
import type { ProgressStatus } from "./status-badge";

export interface LearnerProgress {
  learnerId: string | null;
  byExercise: Map<string, { status: ProgressStatus; attempts: number; isRobust: boolean }>;
  /** Storage failed: pages still render, without progress. */
  unavailable: boolean;
}

/** The current learner's progress for server components; a visitor without a cookie has none. */
export async function loadLearnerProgress(): Promise<LearnerProgress> {
  try {
    const learner = await findCurrentLearner();
    if (!learner) return { learnerId: null, byExercise: new Map(), unavailable: false };
    const rows = await listProgress({ learnerId: learner.id });
    return {
      learnerId: learner.id,
      byExercise: new Map(rows.map((row) => [row.exerciseSlug, { status: row.status, attempts: row.attempts, isRobust: row.isRobust }])),
      unavailable: false,
    };
  } catch (error) {
    // The catalog stays usable without progress: a storage problem must not take it down.
    console.error("[page] progress unavailable:", isAppError(error) ? error.message : error);
    return { learnerId: null, byExercise: new Map(), unavailable: true };
  }
}
