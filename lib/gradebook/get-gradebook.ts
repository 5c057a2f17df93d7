import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";
import { findExercise } from "../exercises/catalog";
import { findOwnedProblemSet } from "../problem-sets/find-owned-problem-set";
import { computeStanding, countedUntil, type ItemStanding } from "../problem-sets/item-standing";
import { loadSetSubmissions, submissionKey } from "../problem-sets/load-set-submissions";
import type { TProblemSetStatus } from "../problem-sets/problem-set-input";
import { loadFailedHiddenTests, summarizeExercise, type ExerciseStatistics } from "./exercise-statistics";

export interface GradebookExercise {
  slug: string;
  title: string;
  difficulty: string;
  statistics: ExerciseStatistics;
}

export interface GradebookRow {
  learnerId: string;
  email: string;
  joinedAt: Date;
  /** One per exercise, in set order. */
  cells: ItemStanding[];
  solvedCount: number;
  attempts: number;
  lateCount: number;
}

export interface Gradebook {
  problemSet: {
    id: string;
    title: string;
    status: TProblemSetStatus;
    opensAt: Date | null;
    dueAt: Date | null;
    /** Items count as solved only when robust. */
    requireRobust: boolean;
    /** Submissions after this moment are practice (the set is closed); null: all count. */
    countedUntil: Date | null;
    course: { id: string; title: string };
  };
  exercises: GradebookExercise[];
  /** Learners currently in the course, by email. */
  rows: GradebookRow[];
}

/**
 * A problem set's gradebook (course owner or admin): a learners x exercises matrix of standings
 * and, per exercise, what the class gets right and wrong. Only learners currently enrolled are
 * listed. Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function getGradebook({ actor, problemSetId }: { actor: TActor; problemSetId: string }): Promise<Gradebook> {
  return withStorageErrors(async () => {
    const db = getDb();
    await findOwnedProblemSet(db, actor, problemSetId);
    const set = await db.problemSet.findUniqueOrThrow({
      where: { id: problemSetId },
      select: {
        id: true,
        title: true,
        status: true,
        opensAt: true,
        dueAt: true,
        requireRobust: true,
        updatedAt: true,
        course: {
          select: {
            id: true,
            title: true,
            enrollments: { select: { learnerId: true, joinedAt: true, learner: { select: { user: { select: { email: true } } } } } },
          },
        },
        items: { orderBy: { position: "asc" }, select: { exercise: { select: { id: true, slug: true, title: true, difficulty: true } } } },
      },
    });
    const until = countedUntil(set);
    const learners = set.course.enrollments
      .map((row) => ({ learnerId: row.learnerId, joinedAt: row.joinedAt, email: row.learner.user?.email ?? "(no account)" }))
      .sort((a, b) => a.email.localeCompare(b.email));
    const learnerIds = learners.map((learner) => learner.learnerId);
    const items = set.items.map((item) => item.exercise);
    const submissions = await loadSetSubmissions(db, { learnerIds, exerciseIds: items.map((item) => item.id), until });

    const rows: GradebookRow[] = learners.map((learner) => {
      const cells = items.map((item) => computeStanding(submissions.get(submissionKey(learner.learnerId, item.id)) ?? [], set.dueAt, set.requireRobust),
      );
      return {
        ...learner,
        cells,
        solvedCount: cells.filter((cell) => cell.status === "accepted").length,
        attempts: cells.reduce((sum, cell) => sum + cell.attempts, 0),
        lateCount: cells.filter((cell) => cell.isLate).length,
      };
    });
    const exercises: GradebookExercise[] = [];
    for (const [index, item] of items.entries()) {
      const mistakeTitles = new Map((findExercise(item.slug)?.meta.mistakes ?? []).map((mistake) => [mistake.id, mistake.title]));
      const statistics = summarizeExercise({
        standings: rows.map((row) => row.cells[index]),
        submissions: learnerIds.flatMap((learnerId) => submissions.get(submissionKey(learnerId, item.id)) ?? []),
        failedHiddenTests: await loadFailedHiddenTests(db, { exerciseId: item.id, learnerIds, until }),
        mistakeTitles,
      });
      exercises.push({ slug: item.slug, title: item.title, difficulty: item.difficulty, statistics });
    }
    return {
      problemSet: {
        id: set.id,
        title: set.title,
        status: set.status as TProblemSetStatus,
        opensAt: set.opensAt,
        dueAt: set.dueAt,
        requireRobust: set.requireRobust,
        countedUntil: until,
        course: { id: set.course.id, title: set.course.title },
      },
      exercises,
      rows,
    };
  });
}
