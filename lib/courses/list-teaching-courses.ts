import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { canTeach, type TActor } from "./actor";

export interface TeachingCourseSummary {
  id: string;
  title: string;
  description: string;
  joinCode: string;
  ownerEmail: string;
  isOwn: boolean;
  /** The actor assists on this course (CourseStaff "ta") rather than teaching it. */
  isAssisting: boolean;
  learnerCount: number;
  problemSetCount: number;
  createdAt: Date;
}

/**
 * The courses the actor is staff of, newest first: an instructor's own and those they assist
 * on as a TA, or every course for an admin (`isOwn`/`isAssisting` tell them apart). A learner
 * account that assists on no course gets AppError forbidden. Throws storage_unavailable.
 */
export async function listTeachingCourses({ actor }: { actor: TActor }): Promise<TeachingCourseSummary[]> {
  const rows = await withStorageErrors(() =>
    getDb().course.findMany({
      where: actor.role === "admin" ? {} : { OR: [{ ownerId: actor.id }, { staff: { some: { userId: actor.id, role: "ta" } } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        title: true,
        description: true,
        joinCode: true,
        ownerId: true,
        createdAt: true,
        owner: { select: { email: true } },
        _count: { select: { enrollments: true, problemSets: true } },
      },
    }),
  );
  if (!canTeach(actor) && rows.length === 0) throw new AppError("forbidden", "Only instructors and teaching assistants can do this.");
  return rows.map(({ owner, ownerId, _count, ...course }) => ({
    ...course,
    ownerEmail: owner.email,
    isOwn: ownerId === actor.id,
    isAssisting: ownerId !== actor.id && actor.role !== "admin",
    learnerCount: _count.enrollments,
    problemSetCount: _count.problemSets,
  }));
}
