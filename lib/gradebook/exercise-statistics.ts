import type { Db } from "../db/client";
import type { ItemStanding } from "../problem-sets/item-standing";
import type { CountedSubmission } from "../problem-sets/load-set-submissions";
import { parseFailedHiddenTests } from "../submissions/stored-tests";

export interface ExerciseStatistics {
  learnerCount: number;
  acceptedCount: number;
  attemptedCount: number;
  /** Learners who got it accepted / learners in the course; null without learners. */
  passRate: number | null;
  /** Median of the submissions it took each solver, up to and including their first accept. */
  medianAttemptsToSolve: number | null;
  /** Hidden tests most often failed (or errored), by the number of submissions that failed them. */
  failedHiddenTests: { name: string; count: number }[];
  /** Known mistakes most often matched (required and robustness tiers): submissions and distinct learners. */
  mistakes: { id: string; title: string; submissions: number; learners: number }[];
}

export const TOP_COUNT = 3;

/** The median of a list of numbers (mean of the two middle ones for an even count), or null. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * What the class does on one exercise: pass rate, effort, and the misconceptions it shows.
 * `mistakeTitles` maps mistake ids to their titles (exercise.json); unknown ids keep their id.
 */
export function summarizeExercise({
  standings,
  submissions,
  failedHiddenTests,
  mistakeTitles,
}: {
  standings: ItemStanding[];
  submissions: CountedSubmission[];
  failedHiddenTests: { name: string; count: number }[];
  mistakeTitles: Map<string, string>;
}): ExerciseStatistics {
  const accepted = standings.filter((standing) => standing.status === "accepted");
  const byMistake = new Map<string, { submissions: number; learners: Set<string> }>();
  // Both tiers' diagnoses count (the grader names each by the same rule); ids are unique per exercise.
  for (const submission of submissions) {
    for (const id of [submission.matchedMistakeId, submission.robustMistakeId]) {
      if (!id) continue;
      const entry = byMistake.get(id) ?? { submissions: 0, learners: new Set<string>() };
      entry.submissions += 1;
      entry.learners.add(submission.learnerId);
      byMistake.set(id, entry);
    }
  }
  const mistakes = [...byMistake.entries()]
    .map(([id, entry]) => ({ id, title: mistakeTitles.get(id) ?? id, submissions: entry.submissions, learners: entry.learners.size }))
    .sort((a, b) => b.learners - a.learners || b.submissions - a.submissions || a.title.localeCompare(b.title))
    .slice(0, TOP_COUNT);
  return {
    learnerCount: standings.length,
    acceptedCount: accepted.length,
    attemptedCount: standings.filter((standing) => standing.status === "attempted").length,
    passRate: standings.length === 0 ? null : accepted.length / standings.length,
    medianAttemptsToSolve: median(accepted.map((standing) => standing.attemptsToSolve ?? standing.attempts)),
    failedHiddenTests,
    mistakes,
  };
}

/**
 * The hidden tests of an exercise most often failed by these learners' counted submissions,
 * from each submission's short failedHiddenTests column (names only: inputs are never stored).
 * Counted here rather than in SQL: the column is a JSON array, and SQLite's json_each would tie
 * the query to SQLite (PostgreSQL is the scale-out path).
 */
export async function loadFailedHiddenTests(
  db: Pick<Db, "submission">,
  { exerciseId, learnerIds, until }: { exerciseId: string; learnerIds: string[]; until: Date | null },
): Promise<{ name: string; count: number }[]> {
  if (learnerIds.length === 0) return [];
  const rows = await db.submission.findMany({
    where: { exerciseId, learnerId: { in: learnerIds }, failedHiddenTests: { not: "[]" }, ...(until ? { createdAt: { lte: until } } : {}) },
    select: { failedHiddenTests: true },
  });
  const counts = new Map<string, number>();
  for (const row of rows) for (const name of new Set(parseFailedHiddenTests(row.failedHiddenTests))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, TOP_COUNT);
}
