import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { findExercise } from "../exercises/catalog";
import type { FailingCase, TestKind, TestStatus, Tier, Verdict } from "../grading/types";
import { findOwnedProblemSet } from "../problem-sets/find-owned-problem-set";
import { computeStanding, countedUntil, isLateSubmission, type ItemStanding } from "../problem-sets/item-standing";
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
  learner: { id: string; email: string };
  problemSet: { id: string; title: string; dueAt: Date | null; requireRobust: boolean; countedUntil: Date | null; course: { id: string; title: string } };
  exercises: { slug: string; title: string; standing: ItemStanding; submissions: InstructorSubmission[] }[];
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
    const owned = await findOwnedProblemSet(db, actor, problemSetId);
    const enrollment = await db.enrollment.findUnique({
      where: { courseId_learnerId: { courseId: owned.courseId, learnerId } },
      select: { learner: { select: { id: true, user: { select: { email: true } } } } },
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
        updatedAt: true,
        course: { select: { id: true, title: true } },
        items: { orderBy: { position: "asc" }, select: { exercise: { select: { id: true, slug: true, title: true } } } },
      },
    });
    const until = countedUntil(set);
    const exercises = [];
    for (const { exercise } of set.items) {
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
          tests: true,
        },
      });
      const mistakes = findExercise(exercise.slug)?.meta.mistakes ?? [];
      const titleOf = (id: string | null) => (id ? { id, title: mistakes.find((m) => m.id === id)?.title ?? id } : null);
      const submissions = rows.map(({ tests, matchedMistakeId, robustMistakeId, failingCase, ...row }) => ({
        ...row,
        verdict: row.verdict as Verdict,
        isLate: isLateSubmission(row.createdAt, set.dueAt),
        isCounted: until === null || row.createdAt <= until,
        mistake: titleOf(matchedMistakeId),
        robustMistake: titleOf(robustMistakeId),
        failingCase: parseFailingCase(failingCase),
        tests: parseStoredTests(tests),
      }));
      const counted = submissions.filter((submission) => submission.isCounted).reverse();
      exercises.push({ slug: exercise.slug, title: exercise.title, standing: computeStanding(counted, set.dueAt, set.requireRobust), submissions });
    }
    return {
      learner: { id: learnerId, email: enrollment.learner.user?.email ?? "(no account)" },
      problemSet: { id: set.id, title: set.title, dueAt: set.dueAt, requireRobust: set.requireRobust, countedUntil: until, course: set.course },
      exercises,
    };
  });
}
