import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { computeStanding, countedUntil, type ItemStanding } from "./item-standing";
import { loadSetSubmissions, submissionKey } from "./load-set-submissions";
import type { TRevealPolicy } from "./problem-set-input";

export interface AssignedExercise {
  slug: string;
  title: string;
  track: string;
  difficulty: string;
  isAvailable: boolean;
  standing: ItemStanding;
}

export interface AssignedProblemSet {
  id: string;
  title: string;
  description: string;
  status: "published" | "closed";
  opensAt: Date | null;
  dueAt: Date | null;
  isPastDue: boolean;
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
}: {
  learnerId: string;
  courseId?: string;
  now?: Date;
}): Promise<AssignedProblemSet[]> {
  return withStorageErrors(async () => {
    const db = getDb();
    const sets = await db.problemSet.findMany({
      where: {
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
        updatedAt: true,
        course: { select: { id: true, title: true } },
        items: {
          orderBy: { position: "asc" },
          select: { exercise: { select: { id: true, slug: true, title: true, track: true, difficulty: true, isAvailable: true } } },
        },
      },
    });
    const exerciseIds = [...new Set(sets.flatMap((set) => set.items.map((item) => item.exercise.id)))];
    const submissions = await loadSetSubmissions(db, { learnerIds: [learnerId], exerciseIds, until: null });
    const assigned = sets.map(({ items, updatedAt, ...set }): AssignedProblemSet => {
      const until = countedUntil({ status: set.status, updatedAt });
      const exercises = items.map(({ exercise: { id, ...exercise } }) => {
        const all = submissions.get(submissionKey(learnerId, id)) ?? [];
        const counted = until ? all.filter((submission) => submission.createdAt <= until) : all;
        return { ...exercise, standing: computeStanding(counted, set.dueAt, set.requireRobust) };
      });
      return {
        ...set,
        status: set.status as AssignedProblemSet["status"],
        revealFailingCase: set.revealFailingCase as TRevealPolicy,
        isPastDue: set.dueAt !== null && set.dueAt <= now,
        exercises,
        acceptedCount: exercises.filter((exercise) => exercise.standing.status === "accepted").length,
      };
    });
    return assigned.sort(compareAssigned);
  });
}

function compareAssigned(a: AssignedProblemSet, b: AssignedProblemSet): number {
  if (a.status !== b.status) return a.status === "published" ? -1 : 1;
  const dueA = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const dueB = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.status === "closed" ? dueB - dueA : dueA - dueB;
}
