import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { findExercise } from "../exercises/catalog";
import type { FailingCase, TestKind, TestStatus, Tier, Verdict } from "../grading/types";
import type { TStaffRole } from "../courses/staff-access";
import { findStaffProblemSet } from "../problem-sets/find-staff-problem-set";
import { readGradingRules, type GradingRules } from "../problem-sets/grading-rules";
import { countedUntil, isLateSubmission, type ItemStanding } from "../problem-sets/item-standing";
import { scoreItem, type ItemScore } from "../problem-sets/score-item";
import { loadSetAdjustments, type Extension } from "../problem-sets/load-set-adjustments";
import { parseFailingCase } from "../submissions/get-submission";
import { parseStoredTests } from "../submissions/stored-tests";

/** Newest submissions kept per exercise: code is up to 100 KB each. */
export const MAX_SUBMISSIONS_PER_EXERCISE = 100;

export interface InstructorSubmission {
  id: string;
  createdAt: Date;
  code: string;
  verdict: Verdict;
  passed: number;
  total: number;
  message: string | null;
  isLate: boolean;
  /** False for submissions made after the set closed (practice). */
  isCounted: boolean;
  /** Graded against an older version of the exercise (a regrade would grade it again). */
  isOutdated: boolean;
  regradedAt: Date | null;
  /** Staff comments, oldest first (the learner sees them with the submission). */
  comments: { id: string; body: string; authorEmail: string; createdAt: Date }[];
  mistake: { id: string; title: string } | null;
  /** The robustness tier: checks passed of total, and the robustness-tier mistake it matched. */
  robustPassed: number;
  robustTotal: number;
  robustMistake: { id: string; title: string } | null;
  /** The failing hidden case exactly as stored (the grader's shrunk counterexample). */
  failingCase: FailingCase | null;
  /** Hidden tests included, with their stored names, statuses and messages. */
  tests: { name: string; kind: TestKind; tier: Tier; isHidden: boolean; status: TestStatus; message: string | null }[];
}

export interface LearnerWork {
  learner: { id: string; email: string; displayName: string | null; studentId: string | null };
  problemSet: {
    id: string;
    title: string;
    /** The set's due date; the learner's own is `dueAt` below. */
    setDueAt: Date | null;
    dueAt: Date | null;
    extension: Extension | null;
    requireRobust: boolean;
    rules: GradingRules;
    countedUntil: Date | null;
    course: { id: string; title: string };
  };
  exercises: { slug: string; title: string; standing: ItemStanding; score: ItemScore; submissions: InstructorSubmission[] }[];
  /** The viewer's place on the course's staff: a "ta" gets no override form. */
  viewerRole: TStaffRole;
}

/**
 * One learner's work on a problem set, for the course's instructor (owner or admin): every
 * submission to the set's exercises, newest first, with code, verdict and per-test results.
 * Only for learners enrolled in the set's course: an instructor cannot read anyone else's code
 * by guessing learner ids. Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function getLearnerWork({ actor, problemSetId, learnerId }: { actor: TActor; problemSetId: string; learnerId: string }): Promise<LearnerWork> {
  return withStorageErrors(async () => {
    const db = getDb();
    const owned = await findStaffProblemSet(db, actor, problemSetId, "view");
    const enrollment = await db.enrollment.findUnique({
      where: { courseId_learnerId: { courseId: owned.courseId, learnerId } },
      select: { learner: { select: { id: true, user: { select: { id: true, email: true, displayName: true, studentId: true } } } } },
    });
    if (!enrollment) throw new AppError("not_found", "This learner is not in the course.");
    const set = await db.problemSet.findUniqueOrThrow({
      where: { id: problemSetId },
      select: {
        id: true,
        title: true,
        status: true,
        dueAt: true,
        requireRobust: true,
        scoring: true,
        latePolicy: true,
        latePenaltyPercent: true,
        updatedAt: true,
        course: { select: { id: true, title: true } },
        items: { orderBy: { position: "asc" }, select: { points: true, exercise: { select: { id: true, slug: true, title: true, gradedHash: true } } } },
      },
    });
    const until = countedUntil(set);
    const rules = readGradingRules(set);
    const adjustments = await loadSetAdjustments(db, { problemSetId, learnerIds: [learnerId] });
    const extension = adjustments.extensions.get(learnerId) ?? null;
    const dueAt = extension?.dueAt ?? set.dueAt;
    const exercises = [];
    for (const { exercise, points } of set.items) {
      const rows = await db.submission.findMany({
        where: { learnerId, exerciseId: exercise.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: MAX_SUBMISSIONS_PER_EXERCISE,
        select: {
          id: true,
          createdAt: true,
          code: true,
          verdict: true,
          passed: true,
          total: true,
          message: true,
          matchedMistakeId: true,
          robustPassed: true,
          robustTotal: true,
          robustMistakeId: true,
          failingCase: true,
          exerciseVersion: true,
          regradedAt: true,
          comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, authorId: true, createdAt: true } },
          tests: true,
        },
      });
      const mistakes = findExercise(exercise.slug)?.meta.mistakes ?? [];
      const titleOf = (id: string | null) => (id ? { id, title: mistakes.find((m) => m.id === id)?.title ?? id } : null);
      const authorIds = [...new Set(rows.flatMap((row) => row.comments.map((comment) => comment.authorId)))];
      const authors = new Map(
        (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, email: true } })).map((user) => [user.id, user.email]),
      );
      const submissions = rows.map(({ tests, matchedMistakeId, robustMistakeId, failingCase, exerciseVersion, comments, ...row }) => ({
        ...row,
        verdict: row.verdict as Verdict,
        isLate: isLateSubmission(row.createdAt, dueAt),
        isCounted: until === null || row.createdAt <= until,
        isOutdated: exerciseVersion !== exercise.gradedHash,
        comments: comments.map(({ authorId, ...comment }) => ({ ...comment, authorEmail: authors.get(authorId) ?? "(removed account)" })),
        mistake: titleOf(matchedMistakeId),
        robustMistake: titleOf(robustMistakeId),
        failingCase: parseFailingCase(failingCase),
        tests: parseStoredTests(tests),
      }));
      const counted = submissions.filter((submission) => submission.isCounted).reverse();
      const override = adjustments.overrides.get(`${learnerId}:${exercise.id}`) ?? null;
      exercises.push({ slug: exercise.slug, title: exercise.title, ...scoreItem({ submissions: counted, dueAt, rules, points, override }), submissions });
    }
    const user = enrollment.learner.user;
    return {
      learner: { id: learnerId, email: user?.email ?? "(no account)", displayName: user?.displayName ?? null, studentId: user?.studentId ?? null },
      problemSet: {
        id: set.id,
        title: set.title,
        setDueAt: set.dueAt,
        dueAt,
        extension,
        requireRobust: set.requireRobust,
        rules,
        countedUntil: until,
        course: set.course,
      },
      exercises,
      viewerRole: owned.staffRole,
    };
  });
}
