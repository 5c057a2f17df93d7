import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";
import { findExercise } from "../exercises/catalog";
import type { TStaffRole } from "../courses/staff-access";
import { findStaffProblemSet } from "../problem-sets/find-staff-problem-set";
import { readGradingRules, type GradingRules } from "../problem-sets/grading-rules";
import { countedUntil, type ItemStanding } from "../problem-sets/item-standing";
import { roundPoints, scoreItem, type ItemScore } from "../problem-sets/score-item";
import { loadSetSubmissions, submissionKey } from "../problem-sets/load-set-submissions";
import type { TProblemSetStatus } from "../problem-sets/problem-set-input";
import { loadFailedHiddenTests, summarizeExercise, type ExerciseStatistics } from "./exercise-statistics";
import { loadSetAdjustments, type Extension } from "../problem-sets/load-set-adjustments";

export interface GradebookExercise {
  slug: string;
  title: string;
  difficulty: string;
  /** What the item is worth in the set's total. */
  points: number;
  statistics: ExerciseStatistics;
}

export interface GradebookRow {
  learnerId: string;
  email: string;
  displayName: string | null;
  studentId: string | null;
  joinedAt: Date;
  /** This learner's due date: their extension's, else the set's. */
  dueAt: Date | null;
  extension: Extension | null;
  /** One per exercise, in set order. */
  cells: ItemStanding[];
  /** One per exercise, in set order. */
  scores: ItemScore[];
  /** Per exercise: counted submissions graded against an older version of the exercise. */
  outdated: number[];
  solvedCount: number;
  attempts: number;
  lateCount: number;
  /** Sum of the items' earned points (two decimals). */
  totalScore: number;
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
    rules: GradingRules;
    /** Sum of the items' points. */
    maxScore: number;
    /** Submissions after this moment are practice (the set is closed); null: all count. */
    countedUntil: Date | null;
    course: { id: string; title: string };
  };
  exercises: GradebookExercise[];
  /** Learners currently in the course, by email. */
  rows: GradebookRow[];
  /** The viewer's place on the course's staff: a "ta" sees no settings or grading controls. */
  viewerRole: TStaffRole;
}

/**
 * A problem set's gradebook (course owner or admin): a learners x exercises matrix of standings
 * and scores (each learner's own due date, overrides applied), and, per exercise, what the class
 * gets right and wrong. Only learners currently enrolled are
 * listed. Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function getGradebook({ actor, problemSetId }: { actor: TActor; problemSetId: string }): Promise<Gradebook> {
  return withStorageErrors(async () => {
    const db = getDb();
    const { staffRole } = await findStaffProblemSet(db, actor, problemSetId, "view");
    const set = await db.problemSet.findUniqueOrThrow({
      where: { id: problemSetId },
      select: {
        id: true,
        title: true,
        status: true,
        opensAt: true,
        dueAt: true,
        requireRobust: true,
        scoring: true,
        latePolicy: true,
        latePenaltyPercent: true,
        updatedAt: true,
        course: {
          select: {
            id: true,
            title: true,
            enrollments: {
              select: { learnerId: true, joinedAt: true, learner: { select: { user: { select: { email: true, displayName: true, studentId: true } } } } },
            },
          },
        },
        items: {
          orderBy: { position: "asc" },
          select: { points: true, exercise: { select: { id: true, slug: true, title: true, difficulty: true, gradedHash: true } } },
        },
      },
    });
    const until = countedUntil(set);
    const rules = readGradingRules(set);
    const learners = set.course.enrollments
      .map((row) => ({
        learnerId: row.learnerId,
        joinedAt: row.joinedAt,
        email: row.learner.user?.email ?? "(no account)",
        displayName: row.learner.user?.displayName ?? null,
        studentId: row.learner.user?.studentId ?? null,
      }))
      .sort((a, b) => a.email.localeCompare(b.email));
    const learnerIds = learners.map((learner) => learner.learnerId);
    const items = set.items.map((item) => ({ ...item.exercise, points: item.points }));
    const submissions = await loadSetSubmissions(db, { learnerIds, exerciseIds: items.map((item) => item.id), until });
    const adjustments = await loadSetAdjustments(db, { problemSetId, learnerIds });

    const rows: GradebookRow[] = learners.map((learner) => {
      const extension = adjustments.extensions.get(learner.learnerId) ?? null;
      const dueAt = extension?.dueAt ?? set.dueAt;
      const graded = items.map((item) => {
        const key = submissionKey(learner.learnerId, item.id);
        const itemSubmissions = submissions.get(key) ?? [];
        return {
          ...scoreItem({ submissions: itemSubmissions, dueAt, rules, points: item.points, override: adjustments.overrides.get(key) ?? null }),
          outdated: itemSubmissions.filter((submission) => submission.exerciseVersion !== item.gradedHash).length,
        };
      });
      const cells = graded.map((item) => item.standing);
      const scores = graded.map((item) => item.score);
      return {
        ...learner,
        dueAt,
        extension,
        cells,
        scores,
        outdated: graded.map((item) => item.outdated),
        solvedCount: cells.filter((cell) => cell.status === "accepted").length,
        attempts: cells.reduce((sum, cell) => sum + cell.attempts, 0),
        lateCount: cells.filter((cell) => cell.isLate).length,
        totalScore: roundPoints(scores.reduce((sum, score) => sum + score.earned, 0)),
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
      exercises.push({ slug: item.slug, title: item.title, difficulty: item.difficulty, points: item.points, statistics });
    }
    return {
      problemSet: {
        id: set.id,
        title: set.title,
        status: set.status as TProblemSetStatus,
        opensAt: set.opensAt,
        dueAt: set.dueAt,
        requireRobust: set.requireRobust,
        rules,
        maxScore: items.reduce((sum, item) => sum + item.points, 0),
        countedUntil: until,
        course: { id: set.course.id, title: set.course.title },
      },
      exercises,
      rows,
      viewerRole: staffRole,
    };
  });
}
