import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { loadSetAdjustments } from "./load-set-adjustments";
import { readGradingRules, type GradingRules } from "./grading-rules";
import { countedUntil, type ItemStanding } from "./item-standing";
import { roundPoints, scoreItem, type ItemScore } from "./score-item";
import { loadSetSubmissions, submissionKey } from "./load-set-submissions";
import type { TRevealPolicy } from "./problem-set-input";

export interface AssignedExercise {
  slug: string;
  title: string;
  track: string;
  difficulty: string;
  isAvailable: boolean;
  standing: ItemStanding;
  score: ItemScore;
}

export interface AssignedProblemSet {
  id: string;
  title: string;
  description: string;
  status: "published" | "closed";
  opensAt: Date | null;
  /** The learner's own due date: their extension's, else the set's. */
  dueAt: Date | null;
  /** The set's due date for everyone (differs from dueAt when the learner has an extension). */
  setDueAt: Date | null;
  hasExtension: boolean;
  isPastDue: boolean;
  rules: GradingRules;
  totalScore: number;
  maxScore: number;
  revealFailingCase: TRevealPolicy;
  submitIntervalSeconds: number;
  requireRobust: boolean;
  isExam: boolean;
  course: { id: string; title: string };
  exercises: AssignedExercise[];
  acceptedCount: number;
}

/**
 * The problem sets assigned to a learner (optionally in one course): published or closed sets
 * of their courses that have opened, with their standing on every exercise. Open sets first,
 * nearest due date first (no due date last); closed sets after them. Drafts and sets that have
 * not opened yet are never included. Throws storage_unavailable.
 */
export async function listAssignedProblemSets({
  learnerId,
  courseId,
  now = new Date(),
  previewSetId,
}: {
  learnerId: string;
  courseId?: string;
  now?: Date;
  /** Staff preview (lib/problem-sets/preview-problem-set.ts, which checks the staff role): this one set, whatever its status, dates or the viewer's enrollment. */
  previewSetId?: string;
}): Promise<AssignedProblemSet[]> {
  return withStorageErrors(async () => {
    const db = getDb();
    const sets = await db.problemSet.findMany({
      where: previewSetId
        ? { id: previewSetId }
        : {
            ...(courseId ? { courseId } : {}),
            course: { enrollments: { some: { learnerId } } },
            status: { in: ["published", "closed"] },
            OR: [{ opensAt: null }, { opensAt: { lte: now } }],
          },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
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
        items: {
          orderBy: { position: "asc" },
          select: { points: true, exercise: { select: { id: true, slug: true, title: true, track: true, difficulty: true, isAvailable: true } } },
        },
      },
    });
    const exerciseIds = [...new Set(sets.flatMap((set) => set.items.map((item) => item.exercise.id)))];
    const submissions = await loadSetSubmissions(db, { learnerIds: [learnerId], exerciseIds, until: null });
    const assigned: AssignedProblemSet[] = [];
    for (const { items, updatedAt, scoring, latePolicy, latePenaltyPercent, ...set } of sets) {
      const until = countedUntil({ status: set.status, updatedAt });
      const rules = readGradingRules({ scoring, latePolicy, latePenaltyPercent, requireRobust: set.requireRobust });
      const adjustments = await loadSetAdjustments(db, { problemSetId: set.id, learnerIds: [learnerId] });
      const extension = adjustments.extensions.get(learnerId);
      const dueAt = extension?.dueAt ?? set.dueAt;
      const exercises = items.map(({ points, exercise: { id, ...exercise } }) => {
        const key = submissionKey(learnerId, id);
        const all = submissions.get(key) ?? [];
        const counted = until ? all.filter((submission) => submission.createdAt <= until) : all;
        return { ...exercise, ...scoreItem({ submissions: counted, dueAt, rules, points, override: adjustments.overrides.get(key) ?? null }) };
      });
      assigned.push({
        ...set,
        dueAt,
        setDueAt: set.dueAt,
        hasExtension: extension !== undefined,
        rules,
        status: set.status as AssignedProblemSet["status"],
        revealFailingCase: set.revealFailingCase as TRevealPolicy,
        isPastDue: dueAt !== null && dueAt <= now,
        exercises,
        acceptedCount: exercises.filter((exercise) => exercise.standing.status === "accepted").length,
        totalScore: roundPoints(exercises.reduce((sum, exercise) => sum + exercise.score.earned, 0)),
        maxScore: exercises.reduce((sum, exercise) => sum + exercise.score.points, 0),
      });
    }
    return assigned.sort(compareAssigned);
  });
}

function compareAssigned(a: AssignedProblemSet, b: AssignedProblemSet): number {
  if (a.status !== b.status) return a.status === "published" ? -1 : 1;
  const dueA = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const dueB = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.status === "closed" ? dueB - dueA : dueA - dueB;
}
