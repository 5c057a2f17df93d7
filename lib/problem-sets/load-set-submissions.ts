import type { Db } from "../db/client";

export interface CountedSubmission {
  learnerId: string;
  exerciseId: string;
  verdict: string;
  matchedMistakeId: string | null;
  robustPassed: number;
  robustTotal: number;
  robustMistakeId: string | null;
  passed: number;
  total: number;
  /** The exercise's graded version the submission was graded against (Exercise.gradedHash). */
  exerciseVersion: string;
  createdAt: Date;
}

/**
 * Submissions of these learners to these exercises up to `until` (inclusive; null: all),
 * grouped by `${learnerId}:${exerciseId}`, oldest first. No code is read.
 */
export async function loadSetSubmissions(
  db: Pick<Db, "submission">,
  { learnerIds, exerciseIds, until }: { learnerIds: string[]; exerciseIds: string[]; until: Date | null },
): Promise<Map<string, CountedSubmission[]>> {
  const grouped = new Map<string, CountedSubmission[]>();
  if (learnerIds.length === 0 || exerciseIds.length === 0) return grouped;
  const rows = await db.submission.findMany({
    where: { learnerId: { in: learnerIds }, exerciseId: { in: exerciseIds }, ...(until ? { createdAt: { lte: until } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      learnerId: true,
      exerciseId: true,
      verdict: true,
      matchedMistakeId: true,
      robustPassed: true,
      robustTotal: true,
      robustMistakeId: true,
      passed: true,
      total: true,
      exerciseVersion: true,
      createdAt: true,
    },
  });
  for (const row of rows) {
    const key = submissionKey(row.learnerId, row.exerciseId);
    const list = grouped.get(key);
    if (list) list.push(row);
    else grouped.set(key, [row]);
  }
  return grouped;
}

export function submissionKey(learnerId: string, exerciseId: string): string {
  return `${learnerId}:${exerciseId}`;
}
