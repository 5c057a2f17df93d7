import type { TActor } from "../courses/actor";
import { findOwnedCourse } from "../courses/find-owned-course";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TProblemSetStatus } from "./problem-set-input";

export interface TeachingCourse {
  id: string;
  title: string;
  description: string;
  joinCode: string;
  ownerEmail: string;
  createdAt: Date;
  learners: { learnerId: string; email: string; joinedAt: Date }[];
  problemSets: { id: string; title: string; status: TProblemSetStatus; opensAt: Date | null; dueAt: Date | null; exerciseCount: number }[];
}

/**
 * A course as its instructor manages it: roster (by email) and problem sets (newest first).
 * Throws AppError forbidden (learners), not_found (missing or someone else's course), storage_unavailable.
 */
export async function getTeachingCourse({ actor, courseId }: { actor: TActor; courseId: string }): Promise<TeachingCourse> {
  return withStorageErrors(async () => {
    const db = getDb();
    await findOwnedCourse(db, actor, courseId);
    const course = await db.course.findUniqueOrThrow({
      where: { id: courseId },
      select: {
        id: true,
        title: true,
        description: true,
        joinCode: true,
        createdAt: true,
        owner: { select: { email: true } },
        enrollments: {
          orderBy: { joinedAt: "asc" },
          select: { learnerId: true, joinedAt: true, learner: { select: { user: { select: { email: true } } } } },
        },
        problemSets: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, title: true, status: true, opensAt: true, dueAt: true, _count: { select: { items: true } } },
        },
      },
    });
    const { owner, enrollments, problemSets, ...rest } = course;
    return {
      ...rest,
      ownerEmail: owner.email,
      learners: enrollments.map((row) => ({ learnerId: row.learnerId, email: row.learner.user?.email ?? "(no account)", joinedAt: row.joinedAt })),
      problemSets: problemSets.map(({ _count, ...set }) => ({ ...set, status: set.status as TProblemSetStatus, exerciseCount: _count.items })),
    };
  });
}
