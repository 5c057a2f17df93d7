import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";
import { findOwnedProblemSet } from "./find-owned-problem-set";
import { readGradingRules, type TLatePolicy, type TScoring } from "./grading-rules";
import type { TProblemSetStatus, TRevealPolicy } from "./problem-set-input";

export interface EditableProblemSet {
  id: string;
  course: { id: string; title: string };
  title: string;
  description: string;
  status: TProblemSetStatus;
  opensAt: Date | null;
  dueAt: Date | null;
  revealFailingCase: TRevealPolicy;
  submitIntervalSeconds: number;
  requireRobust: boolean;
  isExam: boolean;
  /** Catalog slugs in set order. */
  exerciseSlugs: string[];
  /** Points per slug. */
  itemPoints: Record<string, number>;
  scoring: TScoring;
  latePolicy: TLatePolicy;
  latePenaltyPercent: number;
  updatedAt: Date;
}

/**
 * A problem set as its editor shows it (owner or admin).
 * Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function getProblemSetForEditing({ actor, problemSetId }: { actor: TActor; problemSetId: string }): Promise<EditableProblemSet> {
  return withStorageErrors(async () => {
    const db = getDb();
    await findOwnedProblemSet(db, actor, problemSetId);
    const set = await db.problemSet.findUniqueOrThrow({
      where: { id: problemSetId },
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        opensAt: true,
        dueAt: true,
        revealFailingCase: true,
        submitIntervalSeconds: true,
        requireRobust: true,
        isExam: true,
        scoring: true,
        latePolicy: true,
        latePenaltyPercent: true,
        updatedAt: true,
        course: { select: { id: true, title: true } },
        items: { orderBy: { position: "asc" }, select: { points: true, exercise: { select: { slug: true } } } },
      },
    });
    const { items, ...rest } = set;
    return {
      ...rest,
      status: rest.status as TProblemSetStatus,
      revealFailingCase: rest.revealFailingCase as TRevealPolicy,
      ...readGradingRules(rest),
      exerciseSlugs: items.map((item) => item.exercise.slug),
      itemPoints: Object.fromEntries(items.map((item) => [item.exercise.slug, item.points])),
    };
  });
}
