import type { TActor } from "../courses/actor";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { listAssignedProblemSets, type AssignedProblemSet } from "./list-assigned-problem-sets";

export interface LearnerCourse {
  id: string;
  title: string;
  description: string;
  joinedAt: Date;
  problemSets: AssignedProblemSet[];
}

/**
 * A course as one of its learners sees it: the published sets that have opened, with the
 * actor's standing on each exercise. Only members see it: anyone else (instructors included;
 * they use /teach) gets not_found. Throws storage_unavailable too.
 */
export async function getLearnerCourse({ actor, courseId, now = new Date() }: { actor: TActor; courseId: string; now?: Date }): Promise<LearnerCourse> {
  const enrollment = await withStorageErrors(() =>
    getDb().enrollment.findUnique({
      where: { courseId_learnerId: { courseId, learnerId: actor.learnerId } },
      select: { joinedAt: true, course: { select: { id: true, title: true, description: true } } },
    }),
  );
  if (!enrollment) throw new AppError("not_found", "No such course (or you are not in it).");
  const problemSets = await listAssignedProblemSets({ learnerId: actor.learnerId, courseId, now });
  return { ...enrollment.course, joinedAt: enrollment.joinedAt, problemSets };
}
