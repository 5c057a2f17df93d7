import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";
import { findStaffCourse } from "../courses/find-staff-course";
import type { TProblemSetStatus } from "../problem-sets/problem-set-input";
import { roundPoints } from "../problem-sets/score-item";
import { getGradebook, type Gradebook } from "./get-gradebook";

export interface CourseGradebook {
  course: { id: string; title: string };
  /** Published and closed sets, oldest first (drafts count for nobody). */
  sets: { id: string; title: string; status: TProblemSetStatus; dueAt: Date | null; maxScore: number }[];
  maxScore: number;
  /** Learners currently in the course, by email. */
  rows: { learnerId: string; email: string; displayName: string | null; studentId: string | null; setScores: number[]; totalScore: number }[];
}

/**
 * Every learner's total on every published or closed set of a course, and their course total
 * (each set scored exactly as its own gradebook scores it). Course staff (owner, admin, TA).
 * Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function getCourseGradebook({ actor, courseId }: { actor: TActor; courseId: string }): Promise<CourseGradebook> {
  const course = await withStorageErrors(async () => {
    const db = getDb();
    await findStaffCourse(db, actor, courseId, "view");
    return db.course.findUniqueOrThrow({
      where: { id: courseId },
      select: {
        id: true,
        title: true,
        problemSets: { where: { status: { in: ["published", "closed"] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } },
      },
    });
  });
  const gradebooks: Gradebook[] = [];
  for (const set of course.problemSets) gradebooks.push(await getGradebook({ actor, problemSetId: set.id }));
  const learners = gradebooks[0]?.rows ?? [];
  const rows = learners.map((learner) => {
    const setScores = gradebooks.map((gradebook) => gradebook.rows.find((row) => row.learnerId === learner.learnerId)?.totalScore ?? 0);
    return {
      learnerId: learner.learnerId,
      email: learner.email,
      displayName: learner.displayName,
      studentId: learner.studentId,
      setScores,
      totalScore: roundPoints(setScores.reduce((sum, score) => sum + score, 0)),
    };
  });
  return {
    course: { id: course.id, title: course.title },
    sets: gradebooks.map(({ problemSet }) => ({
      id: problemSet.id,
      title: problemSet.title,
      status: problemSet.status,
      dueAt: problemSet.dueAt,
      maxScore: problemSet.maxScore,
    })),
    maxScore: gradebooks.reduce((sum, gradebook) => sum + gradebook.problemSet.maxScore, 0),
    rows,
  };
}
